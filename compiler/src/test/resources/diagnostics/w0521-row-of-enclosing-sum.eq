% ArcFace prints the angles without the sample's row: theta_{y_i} and theta_j inside the sum over the samples i.
\theta \in \mathbb{R}^{N \times n}, y \in \{1, \dots, n\}^{N}, s = 8

L = -\frac{1}{N} \sum_{i=1}^{N} \log \frac{e^{s \cos\theta_{y_i}}}{\sum_{j=1}^{n} e^{s \cos\theta_j}}
% ~WARNING W0521
% ~WARNING W0521
