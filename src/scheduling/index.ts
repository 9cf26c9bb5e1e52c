// Public API of practice-ops/scheduling: filled in by its module issue.
export {};
