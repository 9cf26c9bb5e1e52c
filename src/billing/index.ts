// Public API of practice-ops/billing: filled in by its module issue.
export {};
