import { resolve } from 'node:path'
import { z } from 'astro/zod'
import { AnalystError, lineOf } from './analyst-error.ts'

/** The strict shapes of the analyst's front matter; a mismatch names the file, the line of the field and the fix. */

const TOPIC_KINDS = ['person', 'place', 'organization', 'theme', 'other'] as const

const words = z.array(z.string().trim().min(1, 'an empty entry'))

const topicFrontMatter = z.object({
  name: z.string({ error: 'every topic needs a `name:` in its front matter' }).trim().min(1, 'the `name:` is empty'),
  kind: z.enum(TOPIC_KINDS, { error: `\`kind:\` must be one of ${TOPIC_KINDS.join(', ')}` }).default('other'),
  aliases: words.default([]),
  summary: z.string().optional(),
  keywords: words.default([]),
})

const annotationFrontMatter = z.object({
  source: z.string({ error: 'an annotation needs `source:`, the id of a source (its file name without extension)' }).min(1),
  selector: z.object(
    {
      type: z.literal('TextQuoteSelector').optional(),
      exact: z.string({ error: 'the selector needs the `exact:` words it points at' }).min(1),
      prefix: z.string().optional(),
      suffix: z.string().optional(),
    },
    { error: 'an annotation needs a `selector:` with the `exact:` words it points at (a W3C TextQuoteSelector)' },
  ),
  title: z.string().optional(),
})

export type TopicFrontMatter = z.infer<typeof topicFrontMatter>
export type AnnotationFrontMatter = z.infer<typeof annotationFrontMatter>

/** What each field should look like, for the hint. */
const EXAMPLES: Record<string, string> = {
  name: 'name: Sergei Lavrov',
  kind: `kind: person   # ${TOPIC_KINDS.join(' | ')}`,
  aliases: 'aliases: [Lavrov, Sergey Lavrov]',
  keywords: 'keywords: [talks, envoy]',
  summary: 'summary: One line about the topic.',
  source: 'source: 000-a026a23d4521d1aa',
  selector: 'selector:\n    exact: the words, copied from the source page\n    prefix: a few words before (optional)',
  title: 'title: A short heading for the note',
}

/** Parses `data` with `schema` or fails with the file, the line of the first wrong field and an example. */
function parseFrontMatter<T>(schema: z.ZodType<T>, data: unknown, file: string, root: string): T {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const field = String(issue.path[0] ?? '')
  const line = field ? lineOf(resolve(root, file), `${field}:`) : null
  const example = EXAMPLES[field]
  const problems = result.error.issues.map((each) => each.message).join('; ')
  throw new AnalystError(file, line ?? 1, problems, example ? `write it like\n    ${example}` : 'check the front matter between the --- lines')
}

/** A curated topic's front matter. */
export function readTopicFrontMatter(data: unknown, file: string, root: string): TopicFrontMatter {
  return parseFrontMatter(topicFrontMatter, data, file, root)
}

/** An annotation's front matter. */
export function readAnnotationFrontMatter(data: unknown, file: string, root: string): AnnotationFrontMatter {
  return parseFrontMatter(annotationFrontMatter, data, file, root)
}
