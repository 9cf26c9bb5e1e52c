// Zones with DST both hemispheres, none, half- and quarter-hour offsets, a 30-minute DST shift, and a
// zone whose DST change happens at midnight.
export const SAMPLE_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/St_Johns',
  'America/Santiago',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Honolulu',
  'Pacific/Chatham',
  'UTC',
] as const;
