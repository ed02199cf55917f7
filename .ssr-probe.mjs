import * as echarts from 'echarts';
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 500, height: 250 });
c.setOption({ animation:false, legend:{top:0}, tooltip:{}, xAxis:{type:'category',data:['gen','feb','mar']}, yAxis:{type:'value',name:'kWh'}, series:[{type:'bar',name:'Produzione',data:[1200,3400,5000]},{type:'line',data:[100,300,200]}]});
console.log(c.renderToSVGString());
const d = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 500, height: 250 });
d.setOption({ animation:false, series:[{type:'sankey', data:[{name:'a'},{name:'b'},{name:'c'}], links:[{source:'a',target:'b',value:3},{source:'a',target:'c',value:1}]}]});
console.log(d.renderToSVGString());
