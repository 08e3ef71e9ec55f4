// <sg-chart>: an Apache ECharts chart whose whole option comes from the server as JSON (property "config").
// ECharts itself is the org.webjars.npm:echarts jar, loaded before this script; nothing here is bundled by npm.
// The chart draws into the element's shadow root, so Flow's management of light-DOM children is never disturbed.
(function () {
  if (customElements.get('sg-chart')) {
    return;
  }
  class SgChart extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:block;position:relative;min-height:240px}'
        + 'div{position:absolute;inset:0}</style><div role="img"></div>';
      this._box = root.querySelector('div');
      this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    }

    set config(value) {
      this._config = typeof value === 'string' ? JSON.parse(value) : value;
      this._render();
    }

    get config() {
      return this._config;
    }

    connectedCallback() {
      this._resize.observe(this);
      this._render();
    }

    disconnectedCallback() {
      this._resize.disconnect();
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    _render() {
      if (!this.isConnected || !this._config || !window.echarts) {
        return;
      }
      this._box.setAttribute('aria-label', this.getAttribute('aria-label') || '');
      if (!this._chart) {
        this._chart = window.echarts.init(this._box, null, { renderer: 'svg' });
      }
      this._chart.setOption(this._config, true);
    }
  }
  customElements.define('sg-chart', SgChart);
})();
