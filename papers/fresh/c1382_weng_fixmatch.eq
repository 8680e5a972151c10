% Lilian Weng, "Learning with not Enough Data Part 1" (2021), FixMatch's unlabelled loss as printed there: the
% pseudo-label distributions y-hat of the mu B unlabelled samples (one per row) and the predictions on their strong
% augmentations
\hat{y} \in \mathbb{R}^{\mu B \times C}, p_\theta(y \mid \mathcal{A}_\text{strong}(\mathbf{u})) \in \mathbb{R}^{\mu B \times C}, \tau \in \mathbb{R}

\mathcal{L}_u = \frac{1}{\mu B} \sum_{b=1}^{\mu B} \mathbb{1}[\max(\hat{y}_b) \geq \tau]\;\text{CE}(\hat{y}_b, p_\theta(y \mid \mathcal{A}_\text{strong}(\mathbf{u}_b)))
