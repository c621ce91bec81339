import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The complainant's own form at the kiosk: who they are (and their agent), the right, the
// accused booth (typed, or its sticker scanned) and a short statement of grounds, and how to
// reach them. The right number and the sticker are checked while typing, as at intake.
// Submitting queues it in memory (KioskDesk::submit); the page then thanks and resets.
ColumnLayout {
    id: form

    required property KioskDesk desk
    signal submitted(int number)
    signal cancelled()
    signal activity()
    // Something was typed: the officer's exit returns here rather than to the start.
    readonly property bool started: typed.length > 0
    readonly property string typed: name.text + idNumber.text + country.text + badge.text + agent.text + agentBadge.text
                                    + number.text + title.text + sticker.text + booth.text + grounds.text + contact.text
    readonly property var rightCheck: desk.checkRightNumber(type.value, number.text)
    readonly property var stickerCheck: desk.checkSticker(sticker.text)

    spacing: Theme.gap
    onTypedChanged: activity()

    ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        // The form is longer than the screen: the bar says so.
        ScrollBar.vertical.policy: ScrollBar.AlwaysOn
        Layout.fillWidth: true
        Layout.fillHeight: true

        GridLayout {
            width: scroll.availableWidth - 24  // room for the scroll bar
            columns: 2
            columnSpacing: Theme.gap * 3
            rowSpacing: Theme.gap

            // Left: who complains. Right: what and against whom.
            ColumnLayout {
                spacing: Theme.gap
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Label { textFormat: Text.PlainText; text: qsTr("About you"); font.bold: true; font.pixelSize: 22 }
                ChoiceRow {
                    id: kind
                    label: qsTr("You complain as")
                    value: "company"
                    options: [{key: "company", label: qsTr("Company")}, {key: "person", label: qsTr("Person")}]
                }
                FormField { id: name; objectName: "kioskName"; label: kind.value === "person" ? qsTr("Your full name") : qsTr("Company name") }
                FormField { id: idNumber; objectName: "kioskIdNumber"; label: kind.value === "person" ? qsTr("ID card or passport number") : qsTr("Company registration number") }
                FormField { id: country; objectName: "kioskCountry"; label: qsTr("Country (two letters, e.g. CN, DE, US)") }
                FormField { id: badge; objectName: "kioskBadge"; label: qsTr("Your fair badge number") }
                FormField { id: agent; objectName: "kioskAgent"; label: qsTr("Agent's name (if an agent files for you)") }
                FormField { id: agentBadge; objectName: "kioskAgentBadge"; label: qsTr("Agent's badge number"); visible: agent.text.length > 0 }
                FormField { id: contact; objectName: "kioskContact"; label: qsTr("Phone or e-mail where we can reach you") }
            }
            ColumnLayout {
                spacing: Theme.gap
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Label { textFormat: Text.PlainText; text: qsTr("Your right and the booth"); font.bold: true; font.pixelSize: 22 }
                ChoiceRow {
                    id: type
                    label: qsTr("Type of right")
                    value: "design"
                    options: Labels.options(["design", "invention", "utility_model", "trademark", "copyright", "geographical_indication"],
                                           Labels.rightType)
                }
                FormField {
                    id: number
                    objectName: "kioskRightNumber"
                    label: qsTr("Number (patent: e.g. ZL 2017 1 0601862.3)")
                    hint: number.text.length > 0 ? form.rightCheck.message : ""
                    hintColor: form.rightCheck.ok ? Theme.ok : Theme.danger
                }
                FormField { id: title; objectName: "kioskRightTitle"; label: qsTr("Title of the right (e.g. the design's name)") }
                FormField {
                    id: sticker
                    objectName: "kioskSticker"
                    label: qsTr("Scan the accused booth's QR sticker here (optional)")
                    hint: sticker.text.length === 0 ? ""
                          : form.stickerCheck.ok ? qsTr("Booth %1 · %2").arg(form.stickerCheck.booth).arg(form.stickerCheck.exhibitor)
                          : form.stickerCheck.message
                    hintColor: form.stickerCheck.ok ? Theme.ok : Theme.danger
                }
                FormField {
                    id: booth
                    objectName: "kioskBooth"
                    visible: !form.stickerCheck.ok
                    label: qsTr("Or type the booth number, e.g. 9.1K23")
                }
                Label { textFormat: Text.PlainText; text: qsTr("What is infringed, and how (briefly)"); color: Theme.textMuted; font.pixelSize: Theme.smallSize }
                TextArea {
                    id: grounds
                    objectName: "kioskGrounds"
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Layout.preferredHeight: 120
                    background: Rectangle { color: Theme.surface; border.color: Theme.line }
                }
            }
        }
    }

    Label {
        textFormat: Text.PlainText
        objectName: "kioskError"
        visible: form.desk.error.length > 0
        text: form.desk.error
        color: Theme.danger
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            text: qsTr("This is not a complaint yet: your entry stays in this tablet's memory only, until an officer checks it with you and records it.")
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Start over")
            implicitHeight: Theme.touch
            onClicked: form.cancelled()
        }
        Button {
            objectName: "kioskSubmit"
            text: qsTr("Send to the officers")
            highlighted: true
            implicitHeight: Theme.touch
            onClicked: {
                const n = form.desk.submit({kind: kind.value, name: name.text, idNumber: idNumber.text, country: country.text,
                                            badge: badge.text, agent: agent.text, agentBadge: agentBadge.text,
                                            rightType: type.value, number: number.text, title: title.text,
                                            sticker: form.stickerCheck.ok ? sticker.text : "",
                                            booth: form.stickerCheck.ok ? "" : booth.text,
                                            grounds: grounds.text, contact: contact.text})
                if (n > 0)
                    form.submitted(n)
            }
        }
    }
}
