import { describe, expect, it } from 'vitest';
import { contentKinds } from './content-kinds';
import { actions, can, contentAction, permissionMatrix, roles, type Role } from './permissions';
import { approvalTarget, availableTransitions, canTransition, statuses, statusAfterSave, transitionNames, transitions, type Status, type TransitionName } from './workflow';

// The expected table, written out in full so that a change to the rules must change this test too.
const allowedFrom: Record<TransitionName, Status[]> = {
  submit: ['draft', 'changes_requested'],
  withdraw: ['in_review', 'scheduled'],
  approve: ['in_review'],
  requestChanges: ['in_review'],
  unpublish: ['published'],
};

const allowedFor: Record<TransitionName, Role[]> = {
  submit: ['editor', 'reviewer', 'admin'],
  withdraw: ['editor', 'reviewer', 'admin'],
  approve: ['reviewer', 'admin'],
  requestChanges: ['reviewer', 'admin'],
  unpublish: ['reviewer', 'admin'],
};

describe('transition table', () => {
  for (const name of transitionNames) {
    for (const status of statuses) {
      const expected = allowedFrom[name].includes(status);
      it(`${name} from ${status} is ${expected ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(name, status)).toBe(expected);
      });
    }
  }

  it('leads to the states of the design', () => {
    expect(Object.fromEntries(transitionNames.map((n) => [n, transitions[n].to]))).toEqual({
      submit: 'in_review',
      withdraw: 'draft',
      approve: 'published',
      requestChanges: 'changes_requested',
      unpublish: 'unpublished',
    });
    expect(transitions.requestChanges.needsComment).toBe(true);
  });

  it('uses the button names of the design', () => {
    expect(transitionNames.map((n) => transitions[n].label)).toEqual([
      'Submit for review',
      'Withdraw',
      'Approve and publish',
      'Request changes',
      'Unpublish',
    ]);
  });

  it('schedules an approval whose "Publish at" lies in the future', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    expect(approvalTarget(new Date('2026-01-01T10:00:01Z'), now)).toBe('scheduled');
    expect(approvalTarget(new Date('2026-01-01T09:59:59Z'), now)).toBe('published');
    expect(approvalTarget(null, now)).toBe('published');
  });

  it('turns a saved published, unpublished or scheduled item into a draft and keeps review states', () => {
    expect(statuses.map((s) => [s, statusAfterSave(s)])).toEqual([
      ['draft', 'draft'],
      ['in_review', 'in_review'],
      ['changes_requested', 'changes_requested'],
      ['scheduled', 'draft'],
      ['published', 'draft'],
      ['unpublished', 'draft'],
    ]);
  });
});

describe('permission matrix: every kind × every role × every transition', () => {
  for (const kind of contentKinds) {
    for (const role of roles) {
      for (const name of transitionNames) {
        const expected = allowedFor[name].includes(role);
        it(`${role} ${expected ? 'may' : 'may not'} ${name} a ${kind}`, () => {
          expect(can([role], contentAction(kind, transitions[name].verb))).toBe(expected);
          expect(availableTransitions(kind, transitions[name].from[0]!, [role]).includes(name)).toBe(expected);
        });
      }
    }
  }

  it('gives each kind its own permissions', () => {
    expect(contentAction('news_item', 'approve')).toBe('news.approve');
    expect(contentAction('page', 'approve')).toBe('pages.approve');
    expect(contentAction('event', 'approve')).toBe('events.approve');
    expect(contentAction('publication', 'approve')).toBe('publications.approve');
    expect(actions.filter((action) => action.endsWith('.approve'))).toEqual(['news.approve', 'pages.approve', 'events.approve', 'publications.approve']);
  });

  it('keeps users, taxonomy and the audit log for admins', () => {
    for (const action of ['users.manage', 'taxonomy.manage', 'audit.view'] as const) {
      expect(roles.filter((role) => permissionMatrix[role].has(action))).toEqual(['admin']);
    }
  });

  it('combines several roles and refuses a user without roles', () => {
    expect(can(['editor', 'reviewer'], 'news.approve')).toBe(true);
    expect(can([], 'workspace.enter')).toBe(false);
  });
});
