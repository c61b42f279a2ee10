/** Hand-made search input: two sources and two topics, no analysis involved. */
import type { SearchInput } from '../../src/search/index.ts'

export const input: SearchInput = {
  topics: [
    { page: 'topics/andrei-kartapolov.html', name: 'Andrei Kartapolov', kind: 'person', aliases: ['Andrei Kartapolov', 'Kartapolov', 'Gen. Kartapolov'] },
    { page: 'topics/aleppo.html', name: 'Aleppo', kind: 'place', aliases: ['Aleppo'] },
  ],
  sources: [
    {
      page: 'sources/afp.html',
      title: 'Russia strikes targets near Palmyra',
      outlet: 'AFP',
      label: 'AFP',
      sentences: [
        { id: 's-title', role: 'title', text: 'Russia strikes targets near Palmyra' },
        { id: 's1', role: 'body', text: 'Russian jets hit 24 targets near Palmyra and Aleppo on Tuesday.' },
        { id: 's2', role: 'body', text: 'General Andrei Kartapolov said the coordinates came from the opposition.' },
        { id: 's3', role: 'caption', text: 'A Sukhoi jet over Syria. Señor Ñandú visited the U.S. base.' },
      ],
    },
    {
      page: 'sources/trt.html',
      title: 'Opposition gave coordinates, Moscow says',
      outlet: 'TRT World',
      label: 'TRT World',
      sentences: [
        { id: 't-title', role: 'title', text: 'Opposition gave coordinates, Moscow says' },
        { id: 't1', role: 'standfirst', text: 'More than 24 positions were targeted by Russian warplanes.' },
        { id: 't2', role: 'body', text: '<img src=x onerror=alert(1)> is how the strike was described by no one.' },
      ],
    },
  ],
}
