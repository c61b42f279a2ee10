/** Offline search: the index of a dossier as classic-script files of bounded size. */
export { buildSearchFiles, eachSearchFile, searchFile, SEARCH_FOLDER } from './search-files.ts'
export type { SearchFile, SearchFileOptions, SearchManifest } from './search-files.ts'
export type { SearchInput, SearchSourceInput, SearchTopicInput, SearchSentenceInput } from './documents.ts'
export { searchInputOf } from './from-dossier.ts'
