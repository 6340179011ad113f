package cn.kczg.reports.html;

import static cn.kczg.reports.chart.Palette.hex;

import cn.kczg.reports.chart.Palette;
import cn.kczg.schemas.messages.Messages;

/**
 * The dashboard's inline style sheet and script. Colours come from {@link Palette}, so green and
 * red mean in the page what they mean in the charts and the workbook. The script sorts a {@code
 * table.sortable} by the clicked header (numbers by {@code data-v}, text in Chinese collation, a
 * second click reverses, ties keep their order) and, once the page has loaded, records on {@code
 * <body>} how many images decoded ({@code data-images="7/7"}) and {@code data-rendered="true"},
 * which the browser test reads. Before printing it opens every folded section, so the printed page
 * holds every table whole. The filter bar's channel, category and search box hide the rows of every
 * table that do not match ({@code tr.hidden}) and say how many are shown.
 */
final class PageAssets {
  static final String FONTS =
      "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','微软雅黑','Noto Sans CJK SC',"
          + "'Source Han Sans SC','WenQuanYi Micro Hei',sans-serif";

  /**
   * Printing on A4: every table whole (no scroll box clips it, headers repeat on each page, rows
   * are not split), text wraps, each section starts a page, links and sort arrows are not printed.
   * Folded sections are opened by the script before printing.
   */
  static final String PRINT =
      "@page{size:A4;margin:12mm}"
          + "@media print{"
          + "body{background:#fff;font-size:10px}header{background:none;color:#000;padding:0 0 6px}"
          + "header a,nav,.filters{display:none}main{padding:0;max-width:none}"
          + "section{box-shadow:none;border-radius:0;padding:0;margin:0;break-before:page}"
          + "section#week{break-before:auto}"
          + ".scroll{max-height:none;overflow:visible}.cols{display:block}.side{display:block}"
          + "table{width:100%;font-size:9px}td,th{white-space:normal;padding:2px 4px}"
          + "th{position:static}thead{display:table-header-group}tr{break-inside:avoid}"
          + "table.sortable th:after{content:none}figure{break-inside:avoid;margin-bottom:8px}"
          + "figure img{max-width:100%}details>summary{list-style:none}"
          + "details::details-content{content-visibility:visible;display:block}"
          + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
          + "}";

  static final String STYLE =
      "*{box-sizing:border-box}"
          + "body{font-family:"
          + FONTS
          + ";margin:0;color:#222;background:#f5f6f8;font-size:14px}"
          + "header{background:#1f3a5f;color:#fff;padding:16px 28px}header h1{margin:0 0 4px;font-size:22px}"
          + "header p{margin:2px 0;opacity:.9}header a{color:#fff}"
          + "nav{margin-top:8px}nav a{margin-right:14px}"
          + "main{padding:8px 28px 40px;max-width:1500px}"
          + "section{background:#fff;border-radius:6px;padding:12px 18px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}"
          + "h2{font-size:18px;margin:6px 0 10px;border-left:4px solid #"
          + hex(Palette.SHORTLISTED)
          + ";padding-left:8px}"
          + "h3{font-size:15px;margin:14px 0 6px}"
          + ".cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:16px}"
          + ".side{display:flex;flex-wrap:wrap;gap:8px 28px;align-items:flex-start}"
          + "figure{margin:0}figure img{width:100%;height:auto;border:1px solid #eee}figcaption{font-size:12px;color:#666}"
          + ".scroll{max-height:520px;overflow:auto}"
          + "table{border-collapse:collapse;margin:4px 0 10px;font-size:13px}"
          + "td,th{border:1px solid #ddd;padding:3px 7px;white-space:nowrap}"
          + "th{background:#"
          + hex(Palette.HEADER_FILL)
          + ";position:sticky;top:0}"
          + "table.sortable th{cursor:pointer}table.sortable th:after{content:' ⇅';color:#999}"
          + "th[aria-sort=ascending]:after{content:' ▲';color:#333}th[aria-sort=descending]:after{content:' ▼';color:#333}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + ".met{background:#"
          + hex(Palette.MET_FILL)
          + ";color:#"
          + hex(Palette.MET_TEXT)
          + "}"
          + ".unmet{background:#"
          + hex(Palette.UNMET_FILL)
          + ";color:#"
          + hex(Palette.UNMET_TEXT)
          + "}"
          + ".up{color:#"
          + hex(Palette.MET_TEXT)
          + "}.down{color:#"
          + hex(Palette.UNMET_TEXT)
          + "}"
          + ".bar{display:inline-block;height:8px;background:#"
          + hex(Palette.COMPLETION_BAR)
          + ";margin-right:6px}"
          + "ul.files{columns:3;font-size:13px}details summary{cursor:pointer;font-weight:bold;margin:6px 0}"
          + ".filters{position:sticky;top:0;z-index:2;background:#fff;margin:12px 0 0;padding:8px 18px;"
          + "border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.12);display:flex;gap:18px;align-items:center;flex-wrap:wrap}"
          + ".filters select,.filters input{font:inherit;padding:2px 4px}.filters input{width:220px}"
          + "#filter-count{color:#666;font-size:12px}tr.hidden{display:none}"
          + "#integrity-table td,table[id^=quarantine-] td,#risk-table td:nth-child(5){white-space:normal;min-width:60px;max-width:460px;overflow-wrap:anywhere}"
          + ".cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ddd;border-radius:6px;"
          + "padding:8px 14px;min-width:150px}.card .big{font-size:26px;font-weight:bold}"
          + ".card .note{color:#666;font-size:12px}.card.alarm{border-color:#"
          + hex(Palette.UNMET_TEXT)
          + "}.card.alarm .big{color:#"
          + hex(Palette.UNMET_TEXT)
          + "}code{font-size:12px;background:#f0f0f0;padding:1px 4px}"
          + "footer{color:#777;font-size:12px;padding:0 28px 24px}"
          + PRINT;

  /** The page's script, with its texts in the page's language. */
  static String script(Messages m) {
    return SCRIPT
        .replace("@SORT@", js(m.text("html.sort")))
        .replace("@SHOWN@", js(m.text("html.filter.shown")));
  }

  /** Text as the body of a single-quoted JavaScript string. */
  private static String js(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '\'' || c == '<' || c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final String SCRIPT =
      "(function(){"
          + "function key(td){var v=td.getAttribute('data-v');return v===null?td.textContent:v;}"
          + "function sortBy(th){var table=th.closest('table'),body=table.tBodies[0],i=th.cellIndex,"
          + "num=th.classList.contains('num'),dir=th.getAttribute('aria-sort')==='ascending'?-1:1;"
          + "table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});"
          + "th.setAttribute('aria-sort',dir===1?'ascending':'descending');"
          + "var rows=Array.prototype.slice.call(body.rows).map(function(r,k){return{r:r,k:k};});"
          + "rows.sort(function(a,b){var x=key(a.r.cells[i]),y=key(b.r.cells[i]);"
          + "var c=num?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y,'zh-CN');return c*dir||a.k-b.k;});"
          + "rows.forEach(function(o){body.appendChild(o.r);});}"
          + "var heads=document.querySelectorAll('table.sortable th');"
          + "heads.forEach(function(th){th.tabIndex=0;th.title='@SORT@';"
          + "th.addEventListener('click',function(){sortBy(th);});"
          + "th.addEventListener('keydown',function(e){if(e.key==='Enter'){sortBy(th);}});});"
          + "document.body.setAttribute('data-sortable',String(document.querySelectorAll('table.sortable').length));"
          + "function done(){var ok=0,all=document.images;for(var k=0;k<all.length;k++){"
          + "if(all[k].complete&&all[k].naturalWidth>0){ok++;}}"
          + "document.body.setAttribute('data-images',ok+'/'+all.length);"
          + "document.body.setAttribute('data-rendered','true');}"
          + "if(document.readyState==='complete'){done();}else{window.addEventListener('load',done);}"
          + "function unfold(){document.querySelectorAll('details').forEach(function(d){d.open=true;});}"
          + "window.addEventListener('beforeprint',unfold);"
          + "var fc=document.getElementById('filter-channel'),fk=document.getElementById('filter-category'),"
          + "fs=document.getElementById('filter-search'),count=document.getElementById('filter-count');"
          + "function filter(){if(!fc){return;}var ch=fc.value,cat=fk.value,q=fs.value.trim().toLowerCase(),shown=0,all=0;"
          + "document.querySelectorAll('main tbody tr').forEach(function(r){"
          + "var c=r.getAttribute('data-ch'),k=r.getAttribute('data-cat');"
          + "if(c===null&&k===null&&!q){r.classList.remove('hidden');return;}all++;"
          + "var ok=(!ch||c===null||c===ch)&&(!cat||k===null||k===cat)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);"
          + "r.classList.toggle('hidden',!ok);if(ok){shown++;}});"
          + "count.textContent=(ch||cat||q)?'@SHOWN@'.replace('%1',shown).replace('%2',all):'';"
          + "document.body.setAttribute('data-filtered',String(shown));}"
          + "if(fc){fc.addEventListener('change',filter);fk.addEventListener('change',filter);fs.addEventListener('input',filter);}"
          + "if(window.matchMedia){var m=window.matchMedia('print');"
          + "if(m.matches){unfold();}if(m.addEventListener){m.addEventListener('change',function(e){if(e.matches){unfold();}});}}"
          + "})();";

  private PageAssets() {}
}
