% Class-balanced loss, Cui et al. (2019), Eq. 6 (softmax cross-entropy): z the logits over C classes, y the label
% (counted from 1), n_y the number of training samples of class y, beta the hyperparameter
\mathbf{z} \in \mathbb{R}^{C}, n \in \mathbb{R}^{C}, y \in \{1, \dots, C\}, \beta \in \mathbb{R}

\mathrm{CB}_{\mathrm{softmax}}(\mathbf{z}, y) = -\frac{1 - \beta}{1 - \beta^{n_y}} \log\left(\frac{\exp(z_y)}{\sum_{j=1}^{C} \exp(z_j)}\right)
