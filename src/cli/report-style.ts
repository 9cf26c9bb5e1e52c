// The report's one stylesheet: readable at 360 px (tables become cards, charts take the width), AA
// contrast for every text colour on its background, printable. No fonts, images or scripts from elsewhere.
// Print opens every fold (::details-content): paper cannot be clicked, so each task's rows and codes are
// printed whole; a browser without ::details-content prints the folds closed, as before. In forced colours
// (Windows high contrast) a bar keeps a colour the user's palette draws: backgrounds are dropped there, and the
// bars were drawn as nothing (their tables still said it all).
export const REPORT_STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
footer{color:#4a4a4a;font-size:.85rem;padding-bottom:2rem}
h1{font-size:1.6rem;margin:1rem 0 .25rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:0}
p{margin:.4rem 0}
.skip{position:absolute;left:-9999px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
:focus-visible{outline:3px solid #1f4e8c;outline-offset:2px}
.crisis:focus-visible{outline-color:#a4001d}
.crisis{border:3px solid #a4001d;background:#fff4f4;padding:.5rem 1rem 1rem;margin:1rem 0}
.crisis h2{color:#a4001d;margin-top:.5rem}
.crisis ul{margin:.25rem 0;padding-left:1.25rem}
.batch{border:1px solid #bdbdbd;border-radius:6px;padding:.75rem;margin:.75rem 0}
.meta{color:#4a4a4a;margin:.25rem 0 .5rem}
.badge{display:inline-block;padding:0 .35rem;border:1px solid currentColor;border-radius:3px;font-size:.8rem;font-weight:600;margin-right:.35rem}
.p-crisis{color:#a4001d}.p-clinical{color:#6a1b9a}.p-high{color:#8a4b00}.p-normal{color:#1a1a1a}.p-low{color:#4a4a4a}
.late{color:#a4001d;font-weight:600}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d0d0d0;overflow-wrap:break-word}
thead th{border-bottom:2px solid #555}
.num{text-align:right}
caption{text-align:left;font-weight:600;padding:.25rem 0}
summary{cursor:pointer;color:#1f4e8c}
details.codes summary{font-size:.85rem}
details.codes code{display:block;font-size:.8rem;word-spacing:.4rem}
.more>summary{margin:.5rem 0;font-weight:600}
code{font-size:.85em;overflow-wrap:anywhere}
.chart{margin:1rem 0 2.5rem}
figcaption{font-weight:600;font-size:1.05rem}
.note{color:#4a4a4a;font-size:.9rem}
.plot{margin:.5rem 0;overflow:hidden;padding:.2rem 0}
.row{display:grid;grid-template-columns:minmax(5.5rem,12rem) minmax(0,1fr) 5.5rem;gap:.5rem;align-items:center;min-height:1.7rem}
.label{overflow-wrap:anywhere;font-size:.9rem;line-height:1.2}
.value{font-size:.9rem}
.track{position:relative;height:1.1rem;background:#eee;border-left:1px solid #1a1a1a}
.bar{height:100%;background:#1f5f99}
.stack{display:flex}
.seg{height:100%;flex:none}
.target{position:absolute;top:-.25rem;bottom:-.25rem;border-left:2px dashed #1a1a1a}
.axis{min-height:1.3rem}
.scale{position:relative;height:1.2rem;font-size:.75rem;color:#4a4a4a}
.scale span{position:absolute;top:0;transform:translateX(-50%);white-space:nowrap}
.scale span:first-child{transform:none}
.scale span.end{transform:translateX(-100%)}
.scale .today-label{top:auto;bottom:-.1rem;font-weight:600;color:#1a1a1a;background:#fff;padding:0 .15rem}
.timeline{background:#f6f6f6}
.mark{position:absolute;top:.15rem;width:.8rem;height:.8rem;transform:translateX(-50%)}
.mark.overdue{background:#b3261e}
.mark.soon{background:#fff;border:3px solid #8a5a00;border-radius:50%}
.today{position:absolute;top:-.3rem;bottom:-.3rem;border-left:2px solid #1a1a1a}
.legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.swatch{display:inline-block;width:.9rem;height:.9rem;border:1px solid #1a1a1a}
.static{position:static;transform:none;display:inline-block}
.today.static{height:1rem;width:0}
@media (max-width:40rem){
  body{font-size:15px}
  .batch{padding:.5rem}
  table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  table.cards,table.cards tbody,table.cards tfoot,table.cards tr,table.cards td,table.cards th{display:block;width:100%}
  table.cards tr{border:1px solid #d0d0d0;border-radius:4px;margin:.5rem 0;padding:.25rem .4rem}
  table.cards td,table.cards th{border:0;padding:.1rem 0;text-align:left}
  table.cards td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
  .row{grid-template-columns:5.5rem minmax(0,1fr) 4.5rem;gap:.35rem}
  .scale span.minor{display:none}
  table.cards caption{display:block}
}
@media (forced-colors:active){
  .bar,.seg,.mark,.swatch{forced-color-adjust:none}
  .bar{background:CanvasText}
  .track{border:1px solid CanvasText}
}
@media print{
  .skip{display:none}
  .batch,.chart,tr{break-inside:avoid}
  a{color:inherit}
  details::details-content{content-visibility:visible;display:block}
  details.list>summary,details.more>summary{display:none}
  details.codes summary{list-style:none;color:inherit}
  details.codes summary::-webkit-details-marker{display:none}
  details.codes summary::after{content:":"}
}
`
  .trim()
  .replaceAll('\n', '');
