% CurricularFace, Huang et al. (2020), Eq. 6 and T(cos theta_{y_i}) = cos(theta_{y_i} + m) (the ArcFace positive),
% from memory of the printing: the modulation of the negative cosines of one sample i; theta the angles to the n
% class weights, y_i its label, t the adaptive parameter (given)
\theta \in \mathbb{R}^{n}, y_i \in \{1, \dots, n\}, t = 0.3, m = 0.5

T(\cos\theta_{y_i}) = \cos(\theta_{y_i} + m)
N(t, \cos\theta_j) = \begin{cases} \cos\theta_j, & T(\cos\theta_{y_i}) - \cos\theta_j \geq 0 \\ \cos\theta_j (t + \cos\theta_j), & T(\cos\theta_{y_i}) - \cos\theta_j < 0 \end{cases}
