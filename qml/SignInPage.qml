import QtQuick
import FairGuard.Models

// Officer sign-in (id + PIN, checked offline against the signed roster). Also the lock screen:
// after an idle lock the previous officer's work is still open underneath.
// Plain Qt Quick items, no Qt Quick Controls: this page is the first frame of every real start,
// and loading the Controls took about as long as a bare window's whole first frame
// (docs/station.md, "Start-up"). The field and the button below draw as the Basic style does
// with the window's palette.
Rectangle {
    id: page

    required property OfficerSession session
    required property string fairName
    required property string stationCode
    required property LanguageSwitcher language

    // The fields' keyboard hints as numbers: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase and
    // Qt.ImhDigitsOnly | Qt.ImhSensitiveData. Named in a binding, the first look-up of a Qt.*
    // enum builds the Qt namespace's enum tables, about 5 ms of the first frame (tst_sign_in
    // checks the values).
    readonly property int idHints: 0x50
    readonly property int pinHints: 0x10002

    color: Theme.background

    function submit() {
        if (page.session.lockedOut)
            page.session.resetLockout(idField.text, pinField.text)
        else
            page.session.trySignIn(idField.text, pinField.text)
        pinField.text = ""
    }

    // A one-line field: white box, thin grey border, a thicker blue one while typing in it.
    component Field: TextInput {
        id: input

        property alias placeholderText: placeholder.text

        height: Theme.touch  // a TextInput's implicit height is its text's
        leftPadding: 10
        rightPadding: 6
        verticalAlignment: TextInput.AlignVCenter
        color: Theme.text
        selectionColor: Theme.primary
        selectedTextColor: Theme.primaryText
        selectByMouse: true
        activeFocusOnTab: true
        clip: true
        Accessible.role: Accessible.EditableText
        Accessible.name: placeholder.text

        Rectangle {
            anchors.fill: parent
            z: -1  // under the typed text
            color: Theme.surface
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.primary : "#9aa5b4"
        }
        Text {
            id: placeholder
            x: input.leftPadding
            width: input.width - input.leftPadding - input.rightPadding
            anchors.verticalCenter: input.verticalCenter
            visible: input.length === 0 && input.preeditText === ""
            color: "#4b5563"  // 7.5:1 on the white field
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }

    // A button: a tap, or Space or Enter once focused. Flat: its text only until pressed.
    component TextButton: Item {
        id: button

        property alias text: label.text
        property bool flat: false
        signal clicked

        implicitWidth: Math.max(100, label.implicitWidth)  // the Basic style's minimum width
        implicitHeight: Theme.touch
        activeFocusOnTab: true
        Accessible.role: Accessible.Button
        Accessible.name: label.text
        Accessible.onPressAction: button.clicked()
        Keys.onSpacePressed: button.clicked()
        Keys.onReturnPressed: button.clicked()
        Keys.onEnterPressed: button.clicked()

        Rectangle {
            anchors.fill: parent
            visible: !button.flat || tap.pressed || button.activeFocus
            // Pressed: half-way to grey, as the Basic style's buttons.
            color: Qt.tint(button.flat ? "#dde3ea" : Theme.primary, tap.pressed ? "#809aa5b4" : "transparent")
            border.color: Theme.primary
            border.width: button.activeFocus ? 2 : 0
        }
        Text {
            id: label
            anchors.fill: parent
            leftPadding: 8
            rightPadding: 8
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            textFormat: Text.PlainText
            color: button.flat ? Theme.text : Theme.primaryText
        }
        MouseArea {
            id: tap
            anchors.fill: parent
            onClicked: button.clicked()
        }
    }

    // Swallow touches so nothing underneath reacts while locked.
    MouseArea { anchors.fill: parent }

    TextButton {
        objectName: "languageButton"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        flat: true
        text: page.language.language === "zh_CN" ? "English" : "中文"
        onClicked: page.language.language = page.language.language === "zh_CN" ? "en" : "zh_CN"
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: 520
        height: column.implicitHeight + 2 * 32
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.line

        Column {
            id: column
            x: 32
            y: 32
            width: parent.width - 2 * 32
            spacing: Theme.gap

            Text {
                textFormat: Text.PlainText
                text: page.fairName
                color: Theme.textMuted
                wrapMode: Text.Wrap
                width: parent.width
            }
            Text {
                textFormat: Text.PlainText
                text: page.session.lockedOut ? qsTr("Station locked") : page.session.locked ? qsTr("Locked: sign in to continue") : qsTr("Officer sign-in")
                // Larger rather than bold: the first frame then opens one font face, not a second
                // CJK file of ~20 MB for the bold weight (docs/station.md, "Start-up").
                font.pixelSize: Theme.titleSize + 4
                color: page.session.lockedOut ? Theme.danger : Theme.text
                wrapMode: Text.Wrap
                width: parent.width
            }
            Text {
                textFormat: Text.PlainText
                visible: page.session.locked && !page.session.lockedOut
                text: qsTr("%1 was signed in. Open work is kept; any officer may continue it.").arg(page.session.officerName)
                color: Theme.text
                wrapMode: Text.Wrap
                width: parent.width
            }
            Text {
                textFormat: Text.PlainText
                visible: !page.session.locked && !page.session.lockedOut
                text: qsTr("Complaint data on this tablet is encrypted and opens only with an officer's PIN.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
                width: parent.width
            }
            Text {
                textFormat: Text.PlainText
                visible: page.session.lockedOut
                text: qsTr("Too many wrong PINs. A supervisor signs in below to unlock the station.")
                color: Theme.text
                wrapMode: Text.Wrap
                width: parent.width
            }
            Field {
                id: idField
                objectName: "officerId"
                width: parent.width
                placeholderText: page.session.lockedOut ? qsTr("Supervisor id") : qsTr("Officer id")
                inputMethodHints: page.idHints
                onAccepted: pinField.forceActiveFocus()
            }
            Field {
                id: pinField
                objectName: "pin"
                width: parent.width
                placeholderText: qsTr("PIN")
                echoMode: TextInput.Password
                inputMethodHints: page.pinHints
                Accessible.passwordEdit: true
                onAccepted: page.submit()
            }
            Text {
                textFormat: Text.PlainText
                visible: text.length > 0
                text: page.session.lastError
                color: Theme.danger
                wrapMode: Text.Wrap
                width: parent.width
            }
            TextButton {
                objectName: "signInButton"
                width: parent.width
                text: page.session.lockedOut ? qsTr("Unlock station") : qsTr("Sign in")
                onClicked: page.submit()
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Complaint station %1").arg(page.stationCode)
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
