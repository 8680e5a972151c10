% Lilian Weng, "Learning with not Enough Data Part 1" (2021), UDA's sharpened prediction as printed there: the logits
% z over the classes y
z \in \mathbb{R}^{C}, T \in \mathbb{R}

p_{\hat{\theta}}^\text{(sharp)}(y \mid \mathbf{x}; T) = \frac{\exp(z^{(y)} / T)}{ \sum_{y'} \exp(z^{(y')} / T) }
