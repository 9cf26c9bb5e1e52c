// Public API of practice-ops/ops: filled in by its module issue.
export {};
