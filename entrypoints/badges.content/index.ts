// Badges on source sites arrive with their own issue. Until then this entry is registered
// at run time only (never in the manifest), so it asks for no host access it does not use.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {},
});
