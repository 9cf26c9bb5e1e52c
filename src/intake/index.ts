// Public API of practice-ops/intake: filled in by its module issue.
export {};
