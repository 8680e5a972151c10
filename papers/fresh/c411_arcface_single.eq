% ArcFace, Deng et al. (2019), Eq. 3 for one sample of label y_i: theta_j the angle between W_j and the
% feature (prose), n classes, scale s, additive angular margin m
\theta \in \mathbb{R}^{n}, y_i \in \{1, \dots, n\}, s, m \in \mathbb{R}

L = -\log \frac{e^{s(\cos(\theta_{y_i} + m))}}{e^{s(\cos(\theta_{y_i} + m))} + \sum_{j=1, j \neq y_i}^{n} e^{s \cos \theta_j}}
