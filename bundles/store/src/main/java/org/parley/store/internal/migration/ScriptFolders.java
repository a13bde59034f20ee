package org.parley.store.internal.migration;

import java.io.IOException;
import java.util.List;

/** Lists the {@code *.sql} files directly inside one folder of wherever an owner's scripts are packaged. */
interface ScriptFolders {

    /**
     * @param folder e.g. {@code db/migration/audit/common}, no leading or trailing slash
     * @return the scripts found, empty when the folder does not exist
     */
    List<ScriptResource> list(String folder) throws IOException;
}
