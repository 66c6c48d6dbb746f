#include "welcomepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace Quorum {

namespace {
const auto kDismissed = QStringLiteral("welcome/dismissed");
}

bool WelcomePanel::wanted() { return !QSettings().value(kDismissed, false).toBool(); }

QPushButton *WelcomePanel::button(const QString &text, const char *name, void (WelcomePanel::*signal)())
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(QString::fromLatin1(name));
    connect(b, &QPushButton::clicked, this, signal);
    return b;
}

WelcomePanel::WelcomePanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("welcome"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *title = new QLabel(tr("<b>Welcome to Quorum.</b> Find out which language model to use: run your scenarios against "
                                "the models you are considering, have a jury score every answer, and compare quality, "
                                "latency and cost."),
                             this);
    title->setWordWrap(true);
    auto *keys = new QLabel(tr("The demo needs no key: a built-in simulator answers it. For real models, Quorum reads each "
                               "provider's key from your keychain (Set Key… in a model's form) or from environment variables "
                               "such as OPENAI_API_KEY and ANTHROPIC_API_KEY; keys are never written to plans, runs or reports."),
                            this);
    keys->setObjectName(QStringLiteral("welcomeKeys"));
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("dismissWelcome"));
    close->setText(tr("Dismiss"));
    close->setToolTip(tr("Hide the welcome; File › Welcome brings it back"));
    connect(close, &QToolButton::clicked, this, [this] {
        QSettings().setValue(kDismissed, true);
        hide();
    });

    auto *buttons = new QHBoxLayout;
    QPushButton *demo = button(tr("Open the &Demo"), "welcomeDemo", &WelcomePanel::demoRequested);
    demo->setDefault(true);
    buttons->addWidget(demo);
    buttons->addWidget(button(tr("&New Plan"), "welcomeNewPlan", &WelcomePanel::newPlanRequested));
    buttons->addWidget(button(tr("Open a &Plan…"), "welcomeOpenPlan", &WelcomePanel::openPlanRequested));
    // Runs go to the local store by themselves; the way in that needs asking is a team's server.
    buttons->addWidget(button(tr("Open a &Team Store…"), "welcomeOpenStore", &WelcomePanel::openStoreRequested));
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(keys);
}

} // namespace Quorum
