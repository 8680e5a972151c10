% Rethinking the Inception architecture, Szegedy et al. (2016), §7: label-smoothing regularization
% with the uniform prior, as printed for the ImageNet experiments. y is the ground-truth label
% (counted from 0, as the --input holds it); the declaration of q' gives the K classes.
y \in \mathbb{N}, \epsilon \in \mathbb{R}, q' \in \mathbb{R}^{K}

q'(k) = (1 - \epsilon)\delta_{k,y} + \frac{\epsilon}{K}
