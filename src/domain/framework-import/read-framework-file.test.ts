import { describe, expect, it } from 'vitest'
import { MAX_FRAMEWORK_FILE_BYTES, readFrameworkFile } from './read-framework-file'

const tiny = {
  id: 'tiny',
  name: 'Tiny',
  scale: { max: 1 },
  levels: [{ id: 'one', title: 'One' }],
  competencies: [{ id: 'a', name: 'A', descriptors: [null, 'Does A.'], expectations: { one: 1 }, notes: 'x' }],
}

describe('readFrameworkFile', () => {
  it('reads a JSON framework and names the fields it keeps but does not use', () => {
    const result = readFrameworkFile('tiny.json', JSON.stringify(tiny))
    expect(result).toMatchObject({ ok: true, ignored: ['competencies[].notes'], warnings: [] })
    expect(result.ok && result.framework.competencies[0]).toMatchObject({ id: 'a', track: 'core', notes: 'x' })
  })

  it('reads a level-matrix CSV, byte-order mark and all', () => {
    const result = readFrameworkFile('team.csv', '\uFEFFCompetency,Junior,Senior\r\nDelivery,Ships,Leads\r\n')
    expect(result.ok && result.framework).toMatchObject({
      id: 'team',
      name: 'Team',
      levels: [{ title: 'Junior' }, { title: 'Senior' }],
      competencies: [
        { name: 'Delivery', descriptors: [null, 'Ships', 'Leads'], expectations: { junior: 1, senior: 2 } },
      ],
    })
  })

  it.each([
    ['empty.json', '   \n', 'The file is empty.'],
    ['binary.json', 'PK\u0003\u0004\u0000\u0000', 'This is not a text file: choose a .json or .csv framework file.'],
    ['broken.json', '{"id": ', 'The file is not valid JSON: check it in an editor, or export it again.'],
    [
      'array.json',
      '[1, 2]',
      'The file does not hold a framework (an object with id, name, scale, levels and competencies).',
    ],
    [
      'backup.json',
      JSON.stringify({ state: {}, version: 4 }),
      'This is a Trajectory data export, not a framework: import it with "Import data".',
    ],
    ['tiny.json', JSON.stringify({ ...tiny, levels: [] }), 'levels: needs at least 1 item (and 1 more problem).'],
    [
      'skills.csv',
      'Skill,Level 1\nSQL,Queries\n',
      expect.stringMatching(/^The first row needs a column named Competency/),
    ],
  ])('refuses %s in one sentence', (name, text, reason) => {
    expect(readFrameworkFile(name, text)).toEqual({ ok: false, reason })
  })

  it('refuses a file over the size limit before reading it', () => {
    expect(readFrameworkFile('huge.json', '{}', MAX_FRAMEWORK_FILE_BYTES + 1)).toEqual({
      ok: false,
      reason: 'The file is 2.0 MB: a framework file is at most 2.0 MB.',
    })
  })
})
