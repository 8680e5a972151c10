% ArcFace, Deng et al. (2019), Eq. 3: theta_j is the angle between the weight W_j and the feature of
% sample i (prose), so one angle per sample and class; y_i the class of sample i, n classes
\theta \in \mathbb{R}^{N \times n}, y \in \{1, \dots, n\}^{N}, s, m \in \mathbb{R}

L_3 = -\frac{1}{N} \sum_{i=1}^{N} \log \frac{e^{s(\cos(\theta_{y_i} + m))}}{e^{s(\cos(\theta_{y_i} + m))} + \sum_{j=1, j \neq y_i}^{n} e^{s \cos \theta_j}}
