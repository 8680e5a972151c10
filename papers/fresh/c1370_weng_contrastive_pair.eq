% Lilian Weng, "Contrastive Representation Learning" (2021), the contrastive loss of Chopra et al. as printed there
f_\theta(\mathbf{x}_i), f_\theta(\mathbf{x}_j) \in \mathbb{R}^{d}, y_i, y_j, \epsilon \in \mathbb{R}

\mathcal{L}_\text{cont}(\mathbf{x}_i, \mathbf{x}_j, \theta) = \mathbb{1}[y_i=y_j] \| f_\theta(\mathbf{x}_i) - f_\theta(\mathbf{x}_j) \|^2_2 + \mathbb{1}[y_i\neq y_j]\max(0, \epsilon - \|f_\theta(\mathbf{x}_i) - f_\theta(\mathbf{x}_j)\|_2)^2
