#include "verdictbar.h"

#include "present/background.h"
#include "present/figures.h"

#include "analytics/review.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Quorum {

VerdictBar::VerdictBar(QWidget *parent)
    : QWidget(parent), m_pass(new QPushButton(tr("Pass"), this)), m_fail(new QPushButton(tr("Fail"), this)),
      m_save(new QPushButton(tr("Save"), this)), m_withdraw(new QPushButton(tr("Withdraw Override"), this)),
      m_reason(new QLineEdit(this)), m_scored(new QCheckBox(tr("With dimension scores"), this)), m_scores(new QWidget(this)),
      m_state(new QLabel(this))
{
    setObjectName(u"verdictBar"_qs);
    m_pass->setObjectName(u"overridePass"_qs);
    m_fail->setObjectName(u"overrideFail"_qs);
    m_save->setObjectName(u"overrideSave"_qs);
    m_withdraw->setObjectName(u"overrideWithdraw"_qs);
    m_reason->setObjectName(u"overrideReason"_qs);
    for (QPushButton *b : {m_pass, m_fail})
        b->setCheckable(true);
    m_pass->setToolTip(tr("The answer passes, whatever the jury said (P)"));
    m_fail->setToolTip(tr("The answer fails, whatever the jury said (F)"));
    m_save->setToolTip(tr("Store your verdict as an override; the jury's own verdict is kept (Enter in the reason)"));
    m_withdraw->setToolTip(tr("Withdraw this item's override: the jury's verdict counts again (W)"));
    m_reason->setPlaceholderText(tr("Why? (stored with your verdict, with your user name and the time)"));
    m_reason->setClearButtonEnabled(true);
    m_scored->setToolTip(tr("Score the six dimensions yourself (1–5): the item's score becomes their mean. "
                            "Without them the jury's score stands."));

    auto *scores = new QGridLayout(m_scores);
    scores->setContentsMargins(0, 0, 0, 0);
    const QStringList names = Figures::dimensionNames();
    for (int d = 0; d < 6; ++d) {
        auto *box = new QSpinBox(m_scores);
        box->setRange(1, 5);
        box->setValue(3);
        box->setObjectName(u"overrideDimension%1"_qs.arg(d));
        auto *label = new QLabel(names.at(d), m_scores);
        label->setBuddy(box);
        scores->addWidget(label, d / 3, (d % 3) * 2);
        scores->addWidget(box, d / 3, (d % 3) * 2 + 1);
        m_dimensions << box;
    }
    scores->setColumnStretch(6, 1);
    m_scores->setVisible(false);
    connect(m_scored, &QCheckBox::toggled, m_scores, &QWidget::setVisible);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Your verdict:"), this);
    row->addWidget(label);
    row->addWidget(m_pass);
    row->addWidget(m_fail);
    row->addWidget(m_scored);
    row->addStretch(1);
    row->addWidget(m_save);
    row->addWidget(m_withdraw);
    m_state->setWordWrap(true);
    m_state->setObjectName(u"overrideState"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_reason); // the whole width: a reason is a sentence
    layout->addWidget(m_scores);
    layout->addWidget(m_state);

    connect(m_pass, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_fail, &QPushButton::clicked, this, [this] { choose(false); });
    connect(m_save, &QPushButton::clicked, this, &VerdictBar::save);
    connect(m_reason, &QLineEdit::returnPressed, this, &VerdictBar::save);
    connect(m_withdraw, &QPushButton::clicked, this, &VerdictBar::withdraw);
    setItem(-1, std::nullopt);
}

void VerdictBar::setStore(std::shared_ptr<const Store> store)
{
    m_store = std::move(store);
}

void VerdictBar::setItem(qint64 runId, const std::optional<InvocationRow> &item)
{
    m_runId = runId;
    m_item = item;
    m_chosen.reset();
    m_reason->clear();
    m_scored->setChecked(false);
    for (QSpinBox *box : std::as_const(m_dimensions))
        box->setValue(3);
    const bool answered = item && item->ok;
    for (QWidget *w : std::initializer_list<QWidget *>{m_pass, m_fail, m_reason, m_scored})
        w->setEnabled(answered);
    m_withdraw->setEnabled(answered && item->overridden);
    if (!item)
        m_state->setText(tr("Select an item to give your verdict."));
    else if (!item->ok)
        m_state->setText(tr("The call failed: there is no answer to judge."));
    else if (item->overridden)
        m_state->setText(tr("Your team's verdict counts: %1 (the jury: %2). A new verdict replaces it; the edit history keeps both.")
                             .arg(Figures::verdict(item->juryPass), Figures::verdict(item->juryOwnPass)));
    else
        m_state->setText(tr("The jury: %1, score %2. Choose Pass or Fail, say why, and Save.")
                             .arg(Figures::verdict(item->juryOwnPass), Figures::score(item->juryOwnScore, QLocale())));
    showChoice();
}

void VerdictBar::showChoice()
{
    m_pass->setChecked(m_chosen == true);
    m_fail->setChecked(m_chosen == false);
    m_save->setEnabled(m_item && m_item->ok && m_chosen.has_value() && !m_saving);
}

void VerdictBar::choose(bool passed)
{
    if (!m_item || !m_item->ok)
        return;
    m_chosen = passed;
    showChoice();
    focusReason();
}

void VerdictBar::focusReason()
{
    if (m_reason->isEnabled()) {
        m_reason->setFocus(Qt::ShortcutFocusReason);
        m_reason->selectAll();
    }
}

void VerdictBar::save()
{
    if (!m_item || m_saving)
        return;
    if (!m_chosen) {
        m_state->setText(tr("Choose Pass or Fail first."));
        Q_EMIT refused(m_state->text());
        return;
    }
    std::array<std::optional<int>, 6> dims;
    if (m_scored->isChecked())
        for (size_t d = 0; d < 6; ++d)
            dims[d] = m_dimensions.at(qsizetype(d))->value();
    OverrideRecord record;
    if (const QString why = Review::makeOverride(m_runId, *m_item, m_chosen, dims, m_reason->text(), &record); !why.isEmpty()) {
        m_state->setText(tr("Not saved: %1.").arg(why));
        Q_EMIT refused(why);
        return;
    }
    store(record);
}

void VerdictBar::withdraw()
{
    if (!m_item || m_saving || !m_item->overridden)
        return;
    OverrideRecord record;
    if (const QString why = Review::makeOverride(m_runId, *m_item, std::nullopt, {}, m_reason->text(), &record); !why.isEmpty()) {
        m_state->setText(tr("Not withdrawn: %1.").arg(why));
        Q_EMIT refused(why);
        return;
    }
    store(record);
}

void VerdictBar::store(const OverrideRecord &record)
{
    const std::shared_ptr<const Store> s = m_store;
    if (!s)
        return;
    m_saving = true;
    showChoice();
    m_state->setText(tr("Saving…"));
    runInBackground(this, [s, record] { return s->write({record}); }, [this, record](QString error) {
        m_saving = false;
        showChoice();
        if (!error.isEmpty()) {
            m_state->setText(tr("Not saved: %1").arg(error));
            Q_EMIT refused(error);
            return;
        }
        m_state->setText(record.passed ? tr("Saved: %1 — %2").arg(Figures::verdict(record.passed), record.reason)
                                       : tr("Withdrawn: the jury's verdict counts again."));
        Q_EMIT saved(record.invocationId, record.passed);
    });
}

} // namespace Quorum
