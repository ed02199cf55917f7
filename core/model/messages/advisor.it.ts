/** Italian sentences of the advisor's messages (the 3-day outlook); the codes are this object's keys. */
export const advisorIt = {
  'advisor.outlook.from-forecast-start': "La previsione non copre l'ora attuale: prospetto dal suo inizio",
  'advisor.outlook.short-forecast': 'La previsione copre {count} ore, non {hours}',
  'advisor.outlook.uncertainty.forecast':
    "Previsione meteo: l'errore orario dell'irraggiamento previsto è tipicamente del 20–40% nei giorni variabili, minore nei giorni sereni; le ore suggerite sono più affidabili dei kWh",
  'advisor.outlook.uncertainty.clear-sky':
    'Nessuna previsione: stima a cielo sereno, un limite superiore (con nuvole la produzione può scendere fino al 10–25% di questi valori); le ore centrali restano le migliori',
  'advisor.outlook.tilted-as-horizontal':
    "Il file dà l'irraggiamento sul proprio piano (global_tilted_irradiance), usato come orizzontale: stima approssimata",
  'advisor.outlook.message.title': "Prossimi giorni: quando usare l'energia della comunità",
  'advisor.outlook.message.day-best': '• {day}: meglio tra le {when} (produzione prevista nell\'intera giornata {kWh} kWh)',
  'advisor.outlook.message.day-none': '• {day}: poco sole, nessuna fascia consigliata (produzione prevista nell\'intera giornata {kWh} kWh)',
  'advisor.outlook.message.loads': "In quelle ore avviate lavatrice, lavastoviglie, scaldabagno a pompa di calore, ricarica dell'auto.",
  'history.reset-demo': 'Ripristino del progetto dimostrativo',
};
