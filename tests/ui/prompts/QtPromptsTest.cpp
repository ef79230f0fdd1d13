#include <catch2/catch.hpp>

#include "prompts/QtPrompts.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace koers;

namespace {
// What Enter and Esc answer in the real question box.
Prompts::Choice pressed(Prompts::Buttons buttons, Prompts::Choice safe, Qt::Key key) {
    auto box = QtPrompts::questionBox(nullptr, QStringLiteral("Title"), QStringLiteral("Question?"), buttons, safe);
    box->show();
    QTest::keyClick(box.get(), key);
    return QtPrompts::choiceOf(box->standardButton(box->clickedButton()));
}
} // namespace

TEST_CASE("The real question box answers Enter with the safe answer and Esc with the cautious one", "[ui][prompts]") {
    using B = Prompts::Buttons;
    using C = Prompts::Choice;
    CHECK(pressed(B::YesNo, C::No, Qt::Key_Return) == C::No);
    CHECK(pressed(B::YesNo, C::Yes, Qt::Key_Return) == C::Yes);
    CHECK(pressed(B::YesNo, C::Yes, Qt::Key_Escape) == C::No);
    CHECK(pressed(B::YesNoCancel, C::Yes, Qt::Key_Escape) == C::Cancel);
    CHECK(pressed(B::SaveDiscardCancel, C::Yes, Qt::Key_Return) == C::Yes);
    CHECK(pressed(B::SaveDiscardCancel, C::Cancel, Qt::Key_Return) == C::Cancel);

    auto box = QtPrompts::questionBox(nullptr, QStringLiteral("T"), QStringLiteral("Q"), B::SaveDiscardCancel, C::Yes);
    CHECK(box->standardButtons() == (QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel));
    CHECK(box->defaultButton() == box->button(QMessageBox::Save));
}
