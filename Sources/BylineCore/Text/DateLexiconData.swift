/// The word lists of ``DateLexicon``, one block per language, in calendar order (January first;
/// weekdays from Monday). Sources: the month and weekday names, wide and abbreviated, of the
/// Unicode CLDR locales en, es, fr, de, pt and ru (Unicode licence), lower-cased, with the
/// unaccented spellings and short forms news text uses.
enum DateLexiconData {
  typealias Language = DateLexicon.Language

  static let months: [(Language, [[String]])] = [
    (
      .english,
      [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
        ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
        ["october", "oct"], ["november", "nov"], ["december", "dec"],
      ]
    ),
    (
      .spanish,
      [
        ["enero", "ene"], ["febrero"], ["marzo"], ["abril", "abr"], ["mayo"], ["junio"], ["julio"],
        ["agosto", "ago"], ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre", "dic"],
      ]
    ),
    (
      .french,
      [
        ["janvier", "janv"], ["février", "fevrier", "févr", "fevr", "fév", "fev"], ["mars"],
        ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"], ["août", "aout"], ["septembre"],
        ["octobre"], ["novembre"], ["décembre", "decembre", "déc"],
      ]
    ),
    (
      .german,
      [
        ["januar", "jänner", "jän"], ["februar"], ["märz", "maerz", "mrz", "mär"], ["april"], ["mai"],
        ["juni"], ["juli"], ["august"], ["september"], ["oktober", "okt"], ["november"],
        ["dezember", "dez"],
      ]
    ),
    (
      .portuguese,
      [
        ["janeiro"], ["fevereiro"], ["março", "marco"], ["abril"], ["maio"], ["junho"], ["julho"],
        ["agosto"], ["setembro", "set"], ["outubro", "out"], ["novembro"], ["dezembro"],
      ]
    ),
    (
      .russian,
      [
        ["январь", "января", "январе", "янв"], ["февраль", "февраля", "феврале", "фев", "февр"],
        ["март", "марта", "марте"], ["апрель", "апреля", "апреле", "апр"], ["май", "мая", "мае"],
        ["июнь", "июня", "июне", "июн"], ["июль", "июля", "июле", "июл"],
        ["август", "августа", "августе", "авг"], ["сентябрь", "сентября", "сентябре", "сен", "сент"],
        ["октябрь", "октября", "октябре", "окт"], ["ноябрь", "ноября", "ноябре", "ноя", "нояб"],
        ["декабрь", "декабря", "декабре", "дек"],
      ]
    ),
  ]

  /// Full names and abbreviations; an abbreviation that is a full name elsewhere stays full.
  static let weekdays: [(Language, (full: [[String]], short: [[String]]))] = [
    (
      .english,
      (
        [["monday"], ["tuesday"], ["wednesday"], ["thursday"], ["friday"], ["saturday"], ["sunday"]],
        [["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"]]
      )
    ),
    (
      .spanish,
      (
        [
          ["lunes"], ["martes"], ["miércoles", "miercoles"], ["jueves"], ["viernes"], ["sábado", "sabado"],
          ["domingo"],
        ],
        [["lun"], [], ["mié", "mie"], ["jue"], ["vie"], ["sáb"], ["dom"]]
      )
    ),
    (
      .french,
      (
        [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
        [["lun"], [], ["mer"], ["jeu"], ["ven"], ["sam"], ["dim"]]
      )
    ),
    (
      .german,
      (
        [
          ["montag"], ["dienstag"], ["mittwoch"], ["donnerstag"], ["freitag"], ["samstag", "sonnabend"],
          ["sonntag"],
        ],
        []
      )
    ),
    (
      .portuguese,
      (
        [["segunda"], ["terça", "terca"], ["quarta"], ["quinta"], ["sexta"], ["sábado"], ["domingo"]],
        []
      )
    ),
    (
      .russian,
      (
        [["понедельник"], ["вторник"], ["среда"], ["четверг"], ["пятница"], ["суббота"], ["воскресенье"]],
        []
      )
    ),
  ]

  /// Words for the day before, of and after the reference. French `aujourd` is the first part
  /// of `aujourd'hui`, which tokenizers split at the apostrophe.
  static let dayWords: [(Language, [String: Int])] = [
    (.english, ["yesterday": -1, "today": 0, "tomorrow": 1]),
    (.spanish, ["ayer": -1, "hoy": 0, "mañana": 1]),
    (.french, ["hier": -1, "aujourd": 0, "demain": 1]),
    (.german, ["gestern": -1, "heute": 0, "morgen": 1]),
    (.portuguese, ["ontem": -1, "hoje": 0, "amanhã": 1]),
    (.russian, ["вчера": -1, "сегодня": 0, "завтра": 1]),
  ]
}
