import { describe, expect, it } from 'vitest';
import { parseTaskKey, taskKey } from '../../src/schedule/index.js';

describe('taskKey and parseTaskKey', () => {
  it('escape % and / so that every pair of ids has its own key, and split keys back', () => {
    expect(parseTaskKey('x%2Fy/a%2Fb')).toEqual({ projectId: 'x/y', taskId: 'a/b' });
    expect(parseTaskKey(taskKey('%2F', '%25/'))).toEqual({ projectId: '%2F', taskId: '%25/' });
    expect(() => parseTaskKey('a/b/c')).toThrow(/not a task key/);
  });
});
