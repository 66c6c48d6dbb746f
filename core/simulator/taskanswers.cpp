#include "taskanswers.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Quorum::Sim {

namespace {
bool lucky(QRandomGenerator &rng, double chance)
{
    return rng.generateDouble() < chance;
}

// The text a task works on: its quoted part when it has one, else the whole prompt.
QString material(const QString &prompt)
{
    const qsizetype a = prompt.indexOf(u'\''), b = prompt.lastIndexOf(u'\'');
    return b - a > 20 ? prompt.mid(a + 1, b - a - 1) : prompt;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression re(u"[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*"_qs);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0).toLower();
    return out;
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v))) : QString::number(v, 'f', 2);
}

// Reasoning: the numbers in order, each combined with the running result by the operation the
// words before it name ("sells 315" takes away, "receives 480" adds, "boxes of 12" multiplies,
// "shared equally among 4" divides). A slip drops one step.
QString reasoning(const QString &prompt, double chance, QRandomGenerator &rng)
{
    static const QRegularExpression token(u"\\d[\\d,]*(\\.\\d+)?|[A-Za-z]+"_qs);
    static const QSet<QString> plus = {u"more"_qs, u"adds"_qs, u"add"_qs, u"added"_qs, u"receives"_qs, u"received"_qs,
                                       u"buys"_qs, u"bought"_qs, u"gains"_qs, u"earns"_qs, u"arrive"_qs, u"arrives"_qs,
                                       u"another"_qs, u"plus"_qs, u"joins"_qs, u"join"_qs, u"deposits"_qs, u"collects"_qs,
                                       u"grows"_qs, u"rises"_qs, u"increases"_qs};
    static const QSet<QString> minus = {u"sells"_qs, u"sold"_qs, u"ships"_qs, u"shipped"_qs, u"loses"_qs, u"lost"_qs,
                                        u"gives"_qs, u"gave"_qs, u"spends"_qs, u"spent"_qs, u"leave"_qs, u"leaves"_qs,
                                        u"minus"_qs, u"fewer"_qs, u"removes"_qs, u"uses"_qs, u"used"_qs, u"withdraws"_qs,
                                        u"pays"_qs, u"breaks"_qs, u"donates"_qs, u"drops"_qs, u"falls"_qs, u"returns"_qs};
    static const QSet<QString> times = {u"times"_qs, u"of"_qs, u"each"_qs, u"per"_qs, u"every"_qs, u"at"_qs};
    static const QSet<QString> divide = {u"split"_qs, u"shared"_qs, u"divided"_qs, u"equally"_qs, u"among"_qs};
    struct Step { QChar op; double value; };
    std::vector<Step> steps;
    QChar pending = u'=';
    for (auto it = token.globalMatch(prompt); it.hasNext();) {
        const QString t = it.next().captured(0);
        if (t.at(0).isDigit()) {
            steps.push_back({steps.empty() ? u'=' : pending, QString(t).remove(u',').toDouble()});
            pending = u'?';
            continue;
        }
        const QString w = t.toLower();
        if (steps.empty())
            continue;
        // The first operation word after a number decides what the next number does.
        if (pending == u'?' || pending == u'=') {
            if (plus.contains(w))
                pending = u'+';
            else if (minus.contains(w))
                pending = u'-';
            else if (divide.contains(w))
                pending = u'/';
            else if (times.contains(w))
                pending = u'*';
        }
    }
    if (steps.size() < 2)
        return {};
    for (Step &s : steps)
        if (s.op == u'?')
            s.op = u'+';
    const bool right = lucky(rng, chance);
    const size_t skipped = right ? steps.size() : 1 + size_t(rng.bounded(int(steps.size() - 1)));
    double value = steps.front().value;
    QStringList work{QStringLiteral("Start with %1.").arg(number(value))};
    for (size_t i = 1; i < steps.size(); ++i) {
        if (i == skipped)
            continue;
        const double before = value;
        const Step &s = steps[i];
        value = s.op == u'+' ? value + s.value : s.op == u'-' ? value - s.value : s.op == u'*' ? value * s.value
                                                                              : s.value != 0 ? value / s.value : value;
        work << QStringLiteral("%1 %2 %3 = %4.").arg(number(before), QString(s.op == u'*' ? u'×' : s.op == u'/' ? u'÷' : s.op),
                                                       number(s.value), number(value));
    }
    return QStringLiteral("Working through it step by step: %1 The answer is %2.").arg(work.join(u' '), number(value));
}

// Multiple choice: the option whose words the passage supports most (least, when the question
// asks which is not so); a miss picks a distractor.
QString multipleChoice(const QString &prompt, double chance, QRandomGenerator &rng)
{
    static const QRegularExpression optionLine(u"^\\s*\\(?([A-E])[).:]\\s*(.+)$"_qs, QRegularExpression::MultilineOption);
    QStringList letters, options;
    qsizetype firstOption = -1;
    for (auto it = optionLine.globalMatch(prompt); it.hasNext();) {
        const auto m = it.next();
        if (firstOption < 0)
            firstOption = m.capturedStart();
        letters << m.captured(1);
        options << m.captured(2);
    }
    if (options.size() < 2)
        return {};
    const QString context = prompt.left(firstOption);
    QSet<QString> passage;
    for (const QString &w : wordsOf(context))
        if (w.size() > 3)
            passage.insert(w);
    const bool negated = QRegularExpression(u"\\b(not|except|least likely)\\b"_qs, QRegularExpression::CaseInsensitiveOption)
                             .match(context.mid(context.lastIndexOf(u'\n', -2) + 1)).hasMatch();
    qsizetype best = 0;
    double bestScore = negated ? 1e9 : -1;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QStringList words = wordsOf(options.at(i));
        double found = 0, considered = 0;
        for (const QString &w : words)
            if (w.size() > 3) {
                considered += 1;
                found += passage.contains(w) ? 1 : 0;
            }
        const double score = considered > 0 ? found / considered : 0;
        if (negated ? score < bestScore : score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    qsizetype pick = best;
    if (!lucky(rng, chance))
        pick = (best + 1 + rng.bounded(int(options.size() - 1))) % options.size();
    return QStringLiteral("%1) %2").arg(letters.at(pick), options.at(pick).trimmed());
}

// Classification: the labels the prompt offers, each scored by the cue words of its kind in the
// text; what follows a "but" weighs double (it is what the writer means).
QString classification(const QString &prompt, double chance, QRandomGenerator &rng)
{
    static const QRegularExpression offered(u"\\b(?:as|into|one of)[:]?\\s+((?:[A-Za-z-]+,\\s*)*[A-Za-z-]+,?\\s+(?:or|and)\\s+[A-Za-z-]+)"_qs,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = offered.match(prompt);
    if (!m.hasMatch())
        return {};
    QStringList labels;
    static const QRegularExpression separator(u",\\s*(?:or\\s+|and\\s+)?|\\s+(?:or|and)\\s+"_qs);
    for (const QString &l : m.captured(1).split(separator, Qt::SkipEmptyParts))
        labels << l.trimmed().toLower();
    if (labels.size() < 2)
        return {};
    static const QHash<QString, QStringList> cues = {
        {u"positive"_qs, {u"love"_qs, u"great"_qs, u"excellent"_qs, u"perfect"_qs, u"happy"_qs, u"wonderful"_qs, u"fantastic"_qs,
                          u"recommend"_qs, u"delighted"_qs, u"best"_qs, u"amazing"_qs, u"friendly"_qs, u"fast"_qs, u"helpful"_qs}},
        {u"negative"_qs, {u"broken"_qs, u"broke"_qs, u"terrible"_qs, u"awful"_qs, u"refund"_qs, u"worst"_qs, u"disappointed"_qs,
                          u"hate"_qs, u"poor"_qs, u"late"_qs, u"rude"_qs, u"useless"_qs, u"crashed"_qs, u"stopped"_qs, u"cold"_qs,
                          u"never"_qs, u"waste"_qs}},
        {u"neutral"_qs, {u"okay"_qs, u"fine"_qs, u"average"_qs, u"expected"_qs, u"described"_qs, u"ordinary"_qs, u"standard"_qs}},
        {u"billing"_qs, {u"invoice"_qs, u"charged"_qs, u"charge"_qs, u"payment"_qs, u"bill"_qs, u"price"_qs, u"subscription"_qs,
                         u"twice"_qs, u"card"_qs}},
        {u"technical"_qs, {u"error"_qs, u"crash"_qs, u"crashes"_qs, u"bug"_qs, u"login"_qs, u"password"_qs, u"install"_qs,
                           u"screen"_qs, u"loading"_qs, u"app"_qs, u"update"_qs}},
        {u"shipping"_qs, {u"delivery"_qs, u"package"_qs, u"parcel"_qs, u"courier"_qs, u"tracking"_qs, u"shipped"_qs,
                          u"address"_qs, u"arrived"_qs}},
        {u"urgent"_qs, {u"immediately"_qs, u"asap"_qs, u"urgent"_qs, u"down"_qs, u"outage"_qs, u"critical"_qs, u"now"_qs}},
        {u"spam"_qs, {u"winner"_qs, u"prize"_qs, u"click"_qs, u"free"_qs, u"offer"_qs, u"claim"_qs}},
    };
    static const QRegularExpression turn(u"\\b(?:but|although|though|however|yet)\\b"_qs, QRegularExpression::CaseInsensitiveOption);
    const QString text = material(prompt);
    const QStringList parts = text.split(turn);
    QHash<QString, double> score;
    for (qsizetype p = 0; p < parts.size(); ++p)
        for (const QString &w : wordsOf(parts.at(p)))
            for (const QString &label : labels)
                if (cues.value(label).contains(w))
                    score[label] += p == parts.size() - 1 && parts.size() > 1 ? 2 : 1;
    QString best = labels.contains(u"neutral"_qs) ? u"neutral"_qs : labels.constFirst();
    double bestScore = 0;
    for (const QString &label : labels)
        if (score.value(label) > bestScore) {
            best = label;
            bestScore = score.value(label);
        }
    if (!lucky(rng, chance)) {
        QStringList others = labels;
        others.removeAll(best);
        best = others.at(rng.bounded(int(others.size())));
    }
    return best;
}

// Translation: word by word from a small built-in dictionary; a missed word stays in English.
QString translation(const QString &prompt, double chance, QRandomGenerator &rng)
{
    static const QRegularExpression into(u"\\binto (French|Spanish)\\b"_qs, QRegularExpression::CaseInsensitiveOption);
    const auto m = into.match(prompt);
    if (!m.hasMatch())
        return {};
    const bool french = m.captured(1).toLower() == u"french";
    // English → French | Spanish.
    static const QHash<QString, std::pair<const char *, const char *>> dictionary = {
        {u"the"_qs, {"le", "el"}}, {u"a"_qs, {"un", "un"}}, {u"is"_qs, {"est", "está"}}, {u"are"_qs, {"sont", "están"}},
        {u"meeting"_qs, {"réunion", "reunión"}}, {u"moved"_qs, {"déplacée", "trasladada"}}, {u"to"_qs, {"à", "a"}},
        {u"tomorrow"_qs, {"demain", "mañana"}}, {u"morning"_qs, {"matin", "mañana"}}, {u"please"_qs, {"veuillez", "por favor"}},
        {u"send"_qs, {"envoyer", "envíe"}}, {u"report"_qs, {"rapport", "informe"}}, {u"before"_qs, {"avant", "antes de"}},
        {u"friday"_qs, {"vendredi", "viernes"}}, {u"our"_qs, {"notre", "nuestra"}}, {u"store"_qs, {"magasin", "tienda"}},
        {u"opens"_qs, {"ouvre", "abre"}}, {u"at"_qs, {"à", "a las"}}, {u"nine"_qs, {"neuf", "nueve"}},
        {u"every"_qs, {"chaque", "cada"}}, {u"day"_qs, {"jour", "día"}}, {u"order"_qs, {"commande", "pedido"}},
        {u"your"_qs, {"votre", "su"}}, {u"has"_qs, {"a", "ha"}}, {u"been"_qs, {"été", "sido"}}, {u"shipped"_qs, {"expédiée", "enviado"}},
        {u"and"_qs, {"et", "y"}}, {u"will"_qs, {"va", "va a"}}, {u"arrive"_qs, {"arriver", "llegar"}},
        {u"in"_qs, {"dans", "en"}}, {u"three"_qs, {"trois", "tres"}}, {u"days"_qs, {"jours", "días"}},
        {u"thank"_qs, {"merci", "gracias"}}, {u"you"_qs, {"vous", "usted"}}, {u"for"_qs, {"pour", "por"}},
        {u"patience"_qs, {"patience", "paciencia"}}, {u"we"_qs, {"nous", "nosotros"}}, {u"cannot"_qs, {"ne pouvons pas", "no podemos"}},
        {u"find"_qs, {"trouver", "encontrar"}}, {u"invoice"_qs, {"facture", "factura"}}, {u"this"_qs, {"ce", "este"}},
        {u"month"_qs, {"mois", "mes"}}, {u"new"_qs, {"nouveau", "nueva"}}, {u"version"_qs, {"version", "versión"}},
        {u"available"_qs, {"disponible", "disponible"}}, {u"now"_qs, {"maintenant", "ahora"}}, {u"all"_qs, {"tous", "todos"}},
        {u"users"_qs, {"utilisateurs", "usuarios"}}, {u"password"_qs, {"mot de passe", "contraseña"}},
        {u"must"_qs, {"doit", "debe"}}, {u"be"_qs, {"être", "ser"}}, {u"changed"_qs, {"changé", "cambiada"}},
        {u"of"_qs, {"de", "de"}}, {u"free"_qs, {"gratuite", "gratis"}}, {u"delivery"_qs, {"livraison", "entrega"}},
        {u"orders"_qs, {"commandes", "pedidos"}}, {u"over"_qs, {"de plus de", "de más de"}}, {u"euros"_qs, {"euros", "euros"}},
        {u"room"_qs, {"chambre", "habitación"}}, {u"ready"_qs, {"prête", "lista"}}, {u"after"_qs, {"après", "después de"}},
        {u"noon"_qs, {"midi", "mediodía"}}, {u"office"_qs, {"bureau", "oficina"}}, {u"closed"_qs, {"fermé", "cerrada"}},
        {u"on"_qs, {"le", "el"}}, {u"monday"_qs, {"lundi", "lunes"}}, {u"call"_qs, {"appeler", "llamar"}},
        {u"us"_qs, {"nous", "nos"}}, {u"if"_qs, {"si", "si"}}, {u"need"_qs, {"avez besoin", "necesita"}},
        {u"help"_qs, {"aide", "ayuda"}},
    };
    const QString text = material(prompt);
    static const QRegularExpression token(u"[A-Za-z']+|\\d+|[^\\sA-Za-z\\d]"_qs);
    QStringList out;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString t = it.next().captured(0);
        const auto found = dictionary.constFind(t.toLower());
        if (found == dictionary.cend() || !lucky(rng, chance)) {
            out << t;
            continue;
        }
        QString word = QString::fromUtf8(french ? found->first : found->second);
        if (t.at(0).isUpper())
            word[0] = word.at(0).toUpper();
        out << word;
    }
    QString sentence = out.join(u' ');
    static const QRegularExpression spaceBeforePunctuation(u" ([.,!?;:])"_qs);
    return sentence.replace(spaceBeforePunctuation, u"\\1"_qs);
}

// Extraction: the fields the prompt names, each filled with the entity of its kind from the text
// (a year or date, an amount, an e-mail address, else the names in order); a miss says "not found".
QString extraction(const QString &prompt, double chance, QRandomGenerator &rng)
{
    const qsizetype colon = prompt.indexOf(u':');
    static const QRegularExpression ask(u"^\\s*extract\\s+(?:the\\s+)?(.+?)\\s+(?:from|in)\\b"_qs, QRegularExpression::CaseInsensitiveOption);
    const auto m = ask.match(colon > 0 ? prompt.left(colon) : prompt);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression separator(u",\\s*(?:and\\s+)?|\\s+and\\s+"_qs);
    const QStringList fields = m.captured(1).split(separator, Qt::SkipEmptyParts);
    const QString text = material(prompt);
    static const QRegularExpression yearOrDate(u"\\b(?:(?:January|February|March|April|May|June|July|August|September|October|"
                                               "November|December) \\d{1,2}, )?(?:19|20)\\d\\d\\b"_qs);
    static const QRegularExpression amount(u"[$€£]\\s?\\d[\\d,]*(?:\\.\\d+)?|\\b\\d[\\d,]*(?:\\.\\d+)? (?:USD|EUR|dollars|euros)\\b"_qs);
    static const QRegularExpression email(u"[\\w.+-]+@[\\w-]+\\.[\\w.]+"_qs);
    static const QRegularExpression name(u"\\b(?:Dr\\. |Mr\\. |Ms\\. )?[A-Z][\\w&-]*(?: (?:[A-Z][\\w&.-]*|of|de))*"_qs);
    auto all = [&](const QRegularExpression &re) {
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0).trimmed();
        return found;
    };
    static const QStringList notNames = {u"The"_qs, u"A"_qs, u"An"_qs, u"This"_qs, u"It"_qs, u"He"_qs, u"She"_qs, u"Our"_qs,
                                         u"We"_qs, u"Please"_qs, u"In"_qs, u"On"_qs, u"January"_qs, u"February"_qs, u"March"_qs,
                                         u"April"_qs, u"May"_qs, u"June"_qs, u"July"_qs, u"August"_qs, u"September"_qs,
                                         u"October"_qs, u"November"_qs, u"December"_qs};
    QStringList names;
    for (QString n : all(name)) {
        for (const QString &article : {u"The "_qs, u"A "_qs, u"An "_qs})
            if (n.startsWith(article))
                n = n.mid(article.size());
        if (!notNames.contains(n)) // sentence openers and months alone are no names
            names << n;
    }
    QStringList years = all(yearOrDate), amounts = all(amount), emails;
    for (const QString &e : all(email))
        emails << (e.endsWith(u'.') ? e.chopped(1) : e); // the sentence's full stop is not the address's
    QStringList lines;
    for (const QString &rawField : fields) {
        const QString field = rawField.trimmed();
        const QString f = field.toLower();
        QStringList *pool = f.contains(u"year") || f.contains(u"date") ? &years
                            : f.contains(u"price") || f.contains(u"amount") || f.contains(u"total") || f.contains(u"cost")
                                    || f.contains(u"fee") ? &amounts
                            : f.contains(u"mail") ? &emails
                                                  : &names;
        QString value = pool->isEmpty() ? QString() : pool->takeFirst();
        if (value.isEmpty() || !lucky(rng, chance))
            value = u"not found"_qs;
        QString label = field;
        label[0] = label.at(0).toUpper();
        lines << label + u": " + value;
    }
    return lines.join(u'\n');
}

// Text to SQL: a query over the first table the prompt defines, with the aggregate, grouping,
// ordering and limit its question asks for; a miss leaves one clause out.
QString textToSql(const QString &prompt, double chance, QRandomGenerator &rng)
{
    static const QRegularExpression table(u"CREATE TABLE (\\w+)\\s*\\(([^)]*(?:\\([^)]*\\)[^)]*)*)\\)"_qs,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto t = table.match(prompt);
    if (!t.hasMatch())
        return {};
    const QString name = t.captured(1);
    QStringList columns;
    static const QRegularExpression column(u"(?:^|,)\\s*(\\w+)\\s+[A-Za-z]"_qs);
    for (auto it = column.globalMatch(t.captured(2)); it.hasNext();)
        columns << it.next().captured(1);
    const QString question = prompt.mid(t.capturedEnd()).toLower();
    auto columnLike = [&](const QStringList &hints) -> QString {
        for (const QString &h : hints)
            for (const QString &c : columns)
                if (c.toLower().contains(h))
                    return c;
        return {};
    };
    static const QHash<QString, int> numbers = {{u"one"_qs, 1}, {u"two"_qs, 2}, {u"three"_qs, 3}, {u"four"_qs, 4}, {u"five"_qs, 5},
                                                {u"ten"_qs, 10}};
    QString group, aggregate, alias;
    static const QRegularExpression per(u"\\b(?:per|each|by|every)\\s+(\\w+?)s?\\b"_qs);
    if (const auto g = per.match(question); g.hasMatch())
        group = columnLike({g.captured(1)});
    if (group.isEmpty())
        for (const QString &c : columns)
            if (c.endsWith(u"_id") && c != columns.first() && question.contains(c.left(c.size() - 3)))
                group = c;
    QString measure = columnLike({u"total"_qs, u"amount"_qs, u"price"_qs, u"revenue"_qs, u"salary"_qs, u"score"_qs});
    for (const QString &c : columns) // else the column the question names that is neither a key nor the grouping
        if (measure.isEmpty() && !c.endsWith(u"_id") && c != group && c != u"id" && question.contains(c.toLower()))
            measure = c;
    if (question.contains(u"average"))
        aggregate = u"AVG("_qs + measure + u')', alias = u"average"_qs;
    else if (question.contains(u"how many") || question.contains(u"number of") || question.contains(u"count"))
        aggregate = u"COUNT(*)"_qs, alias = u"n"_qs;
    else if (question.contains(u"total") || question.contains(u"spend") || question.contains(u"sum") || question.contains(u"revenue"))
        aggregate = u"SUM("_qs + measure + u')', alias = u"total"_qs;
    int limit = 0;
    static const QRegularExpression top(u"\\b(?:top|the|first)\\s+(\\d+|one|two|three|four|five|ten)\\b"_qs);
    if (const auto l = top.match(question); l.hasMatch())
        limit = numbers.value(l.captured(1), l.captured(1).toInt());
    const bool descending = question.contains(u"highest") || question.contains(u"most") || question.contains(u"top")
                            || question.contains(u"largest");
    const bool ascending = question.contains(u"lowest") || question.contains(u"least") || question.contains(u"smallest");
    // The clauses, each written with the chance; one left out is the usual miss.
    const int clauses = int(!group.isEmpty()) + int(descending || ascending) + int(limit > 0);
    const int missing = clauses > 0 && !lucky(rng, chance) ? 1 + rng.bounded(clauses) : 0;
    int clause = 0;
    auto keep = [&] { return ++clause != missing; };
    QString select = aggregate.isEmpty() ? u"*"_qs : aggregate + u" AS "_qs + alias;
    QString sql;
    QStringList tail;
    if (!group.isEmpty() && keep()) {
        select = group + u", "_qs + select;
        tail << u"GROUP BY "_qs + group;
    }
    if ((descending || ascending) && keep())
        tail << u"ORDER BY "_qs + (alias.isEmpty() ? (measure.isEmpty() ? columns.value(0) : measure) : alias)
                    + (descending ? u" DESC"_qs : u" ASC"_qs);
    if (limit > 0 && keep())
        tail << u"LIMIT "_qs + QString::number(limit);
    sql = u"SELECT "_qs + select + u" FROM "_qs + name;
    if (!tail.isEmpty())
        sql += u' ' + tail.join(u' ');
    return sql + u';';
}

// Summarization: the text's sentences, each kept with the chance (the first always).
QString summarization(const QString &prompt, double chance, QRandomGenerator &rng)
{
    static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+"_qs);
    const QStringList sentences = material(prompt).split(sentenceEnd, Qt::SkipEmptyParts);
    if (sentences.isEmpty())
        return {};
    QStringList kept{sentences.first().trimmed()};
    for (qsizetype i = 1; i < sentences.size(); ++i)
        if (lucky(rng, chance))
            kept << sentences.at(i).trimmed();
    return kept.join(u' ');
}
} // namespace

QString taskAnswer(TaskKind kind, const QString &prompt, double chance, QRandomGenerator &rng)
{
    switch (kind) {
    case TaskKind::Reasoning: return reasoning(prompt, chance, rng);
    case TaskKind::MultipleChoice: return multipleChoice(prompt, chance, rng);
    case TaskKind::Classification: return classification(prompt, chance, rng);
    case TaskKind::Translation: return translation(prompt, chance, rng);
    case TaskKind::Extraction: return extraction(prompt, chance, rng);
    case TaskKind::TextToSql: return textToSql(prompt, chance, rng);
    case TaskKind::Summarization: return summarization(prompt, chance, rng);
    case TaskKind::General: break;
    }
    return {};
}

} // namespace Quorum::Sim
