import { browser } from 'wxt/browser';

export function Brand() {
  return (
    <span className="brand">
      <img src={browser.runtime.getURL('/icon/32.png')} alt="" width={24} height={24} />
      Quorum
    </span>
  );
}
