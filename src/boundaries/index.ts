// Public API of practice-ops/boundaries: filled in by its module issue.
export {};
