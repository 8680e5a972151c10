% AM-softmax, Wang et al. (2018), Eq. 4 over a batch of n samples: the cosine of sample i with class j
% given as a matrix (prose), labels y_i counted from 1
\cos\theta \in \mathbb{R}^{n \times c}, y \in \{1, \dots, c\}^{n}, s, m \in \mathbb{R}

\mathcal{L}_{AMS} = -\frac{1}{n}\sum_{i=1}^{n} \log \frac{e^{s \cdot (\cos\theta_{y_i} - m)}}{e^{s \cdot (\cos\theta_{y_i} - m)} + \sum_{j=1, j \neq y_i}^{c} e^{s \cdot \cos\theta_j}}
