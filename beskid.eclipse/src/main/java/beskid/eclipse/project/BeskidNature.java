package beskid.eclipse.project;

import beskid.eclipse.Ids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** The Beskid project nature: adding it to a project adds the Beskid builder, removing it removes it. */
public final class BeskidNature implements IProjectNature {
    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        if (commands.stream().anyMatch(c -> c.getBuilderName().equals(Ids.BUILDER))) {
            return;
        }
        ICommand build = description.newCommand();
        build.setBuilderName(Ids.BUILDER);
        commands.add(build);
        description.setBuildSpec(commands.toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !c.getBuilderName().equals(Ids.BUILDER))
                .toArray(ICommand[]::new));
        project.setDescription(description, null);
        project.deleteMarkers(Ids.PROBLEM, true, IProject.DEPTH_INFINITE);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
