// Public API of practice-ops/credentialing: filled in by its module issue.
export {};
