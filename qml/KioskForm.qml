import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The complainant's own form at the kiosk, in four steps of one screen each: who they are, how
// to reach them (and their agent), the right, the accused booth (typed, or its sticker scanned
// by a keyboard scanner) and a short statement of grounds. The right number and the sticker
// are checked while typing, as at intake.
// Submitting queues it in memory (KioskDesk::submit); the page then thanks and resets.
ColumnLayout {
    id: form

    required property KioskDesk desk
    signal submitted(int number)
    // The camera scan of the booth's sticker (KioskPage opens the scanner page over the kiosk).
    signal scanRequested()
    function useScannedSticker(text) {
        sticker.text = text
        activity()
    }
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

    // One screen per step, no scrolling: who you are; how to reach you and your agent; your
    // right; the booth and what is infringed. Large Back / Next below; Send on the last.
    property int page: 0
    readonly property var pageTitles: [qsTr("About you"), qsTr("How to reach you, and your agent"), qsTr("Your right"),
                                       qsTr("The booth, and what is infringed")]
    readonly property bool lastPage: page === pageTitles.length - 1

    Label {
        objectName: "kioskStepTitle"
        textFormat: Text.PlainText
        text: qsTr("Step %1 of %2: %3").arg(form.page + 1).arg(form.pageTitles.length).arg(form.pageTitles[form.page])
        font.bold: true
        font.pixelSize: 24
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    StackLayout {
        currentIndex: form.page
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            spacing: Theme.gap
            ChoiceRow {
                id: kind
                label: qsTr("You complain as")
                value: "company"
                options: [{key: "company", label: qsTr("Company")}, {key: "person", label: qsTr("Person")}]
            }
            FormField { id: name; objectName: "kioskName"; label: kind.value === "person" ? qsTr("Your full name") : qsTr("Company name") }
            FormField { id: idNumber; objectName: "kioskIdNumber"; label: kind.value === "person" ? qsTr("ID card or passport number") : qsTr("Company registration number") }
            FormField { id: country; objectName: "kioskCountry"; label: qsTr("Country (two letters, e.g. CN, DE, US)") }
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            spacing: Theme.gap
            FormField { id: contact; objectName: "kioskContact"; label: qsTr("Phone or e-mail where we can reach you") }
            FormField { id: badge; objectName: "kioskBadge"; label: qsTr("Your fair badge number") }
            FormField { id: agent; objectName: "kioskAgent"; label: qsTr("Agent's name (if an agent files for you)") }
            FormField { id: agentBadge; objectName: "kioskAgentBadge"; label: qsTr("Agent's badge number"); visible: agent.text.length > 0 }
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            spacing: Theme.gap
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
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            spacing: Theme.gap
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                FormField {
                    id: sticker
                    objectName: "kioskSticker"
                    label: qsTr("Scan the accused booth's QR sticker (optional)")
                    hint: sticker.text.length === 0 ? ""
                          : form.stickerCheck.ok ? qsTr("Booth %1 · %2").arg(form.stickerCheck.booth).arg(form.stickerCheck.exhibitor)
                          : form.stickerCheck.message
                    hintColor: form.stickerCheck.ok ? Theme.ok : Theme.danger
                }
                // The officer's scanner page: the camera, or without one an imported image.
                Button {
                    objectName: "kioskScan"
                    text: qsTr("Scan…")
                    implicitHeight: Theme.touch
                    implicitWidth: 160
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: sticker.input.y  // beside the field, under its label
                    onClicked: form.scanRequested()
                }
            }
            FormField {
                id: booth
                objectName: "kioskBooth"
                visible: !form.stickerCheck.ok
                label: qsTr("Or type the booth number, e.g. 9.1K23")
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("What is infringed, and how (briefly)")
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextArea {
                id: grounds
                objectName: "kioskGrounds"
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 120
                background: Rectangle { color: Theme.surface; border.color: Theme.line }
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
            objectName: "kioskBack"
            text: qsTr("‹ Back")
            visible: form.page > 0
            implicitHeight: Theme.touch + 8
            implicitWidth: 160
            font.pixelSize: 22
            onClicked: form.page -= 1
        }
        Button {
            objectName: "kioskNext"
            text: qsTr("Next ›")
            visible: !form.lastPage
            highlighted: true
            implicitHeight: Theme.touch + 8
            implicitWidth: 160
            font.pixelSize: 22
            onClicked: form.page += 1
        }
        Button {
            objectName: "kioskSubmit"
            text: qsTr("Send to the officers")
            visible: form.lastPage
            highlighted: true
            implicitHeight: Theme.touch + 8
            font.pixelSize: 22
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
