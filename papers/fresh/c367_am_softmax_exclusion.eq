% Additive margin softmax, Wang et al. (2018), Eq. 4 for one sample of label y_i; theta_j the angle
% between the feature and the weight of class j (prose)
\theta \in \mathbb{R}^{c}, y_i \in \{1, \dots, c\}, s, m \in \mathbb{R}

\mathcal{L}_{AMS} = -\log \frac{e^{s \cdot (\cos\theta_{y_i} - m)}}{e^{s \cdot (\cos\theta_{y_i} - m)} + \sum_{j=1, j \neq y_i}^{c} e^{s \cdot \cos\theta_j}}
