#include "core/query/searchquery.h"

#include "core/text/searchnormalizer.h"

namespace trove {

namespace {

struct Token
{
    enum Kind { Term, And, Or, Not, Open, Close } kind;
    QString text;
    bool prefix = false;
    bool phrase = false;
};

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    const QString text = SearchNormalizer::normalized(input);
    QList<Token> tokens;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens.append({c == QLatin1Char('(') ? Token::Open : Token::Close, QString()});
            ++i;
        } else if (c == QLatin1Char('"')) {
            const qsizetype end = text.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0) {
                query.errorString = QStringLiteral("a quote is not closed");
                return query;
            }
            Token token{Token::Term, text.mid(i + 1, end - i - 1)};
            token.phrase = true;
            i = end + 1;
            if (i < text.size() && text[i] == QLatin1Char('*')) {
                token.prefix = true;
                ++i;
            }
            tokens.append(token);
        } else {
            qsizetype end = i;
            while (end < text.size() && !text[end].isSpace() && text[end] != QLatin1Char('(') &&
                   text[end] != QLatin1Char(')') && text[end] != QLatin1Char('"')) {
                ++end;
            }
            QString word = text.mid(i, end - i);
            i = end;
            if (word == QLatin1String("AND")) {
                tokens.append({Token::And, word});
            } else if (word == QLatin1String("OR")) {
                tokens.append({Token::Or, word});
            } else if (word == QLatin1String("NOT")) {
                tokens.append({Token::Not, word});
            } else {
                if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
                    tokens.append({Token::Not, QStringLiteral("NOT")});
                    word.remove(0, 1);
                }
                Token token{Token::Term, word};
                if (word.endsWith(QLatin1Char('*'))) {
                    token.prefix = true;
                    token.text.chop(1);
                }
                tokens.append(token);
            }
        }
    }

    // Emit FTS5 syntax: terms quoted, implicit AND between neighbours, operators checked for operands.
    QStringList parts;
    bool expectOperand = true;
    int depth = 0;
    for (const Token &token : std::as_const(tokens)) {
        switch (token.kind) {
        case Token::Term: {
            if (!hasWordCharacter(token.text)) {
                continue; // punctuation or emoji only: nothing the index can match
            }
            if (!expectOperand) {
                parts.append(QStringLiteral("AND"));
            }
            parts.append(quoted(token.text) + (token.prefix ? QStringLiteral("*") : QString()));
            query.terms.append(token.text);
            expectOperand = false;
            break;
        }
        case Token::And:
        case Token::Or:
        case Token::Not:
            if (expectOperand) {
                query.errorString =
                    QStringLiteral("%1 needs a word before it (write a NOT b, not NOT b alone)")
                        .arg(token.text);
                return query;
            }
            parts.append(token.text);
            expectOperand = true;
            break;
        case Token::Open:
            if (!expectOperand) {
                parts.append(QStringLiteral("AND"));
            }
            parts.append(QStringLiteral("("));
            ++depth;
            expectOperand = true;
            break;
        case Token::Close:
            if (depth == 0 || expectOperand) {
                query.errorString = QStringLiteral("unbalanced parentheses");
                return query;
            }
            parts.append(QStringLiteral(")"));
            --depth;
            break;
        }
    }
    if (query.terms.isEmpty()) {
        query.errorString = QStringLiteral("the query has no word to search for");
        return query;
    }
    if (expectOperand || depth != 0) {
        query.errorString = depth != 0 ? QStringLiteral("unbalanced parentheses")
                                       : QStringLiteral("the query ends with an operator");
        return query;
    }
    query.matchExpression = parts.join(QLatin1Char(' '));
    query.ok = true;
    return query;
}

} // namespace trove
