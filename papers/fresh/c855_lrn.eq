% ImageNet classification with deep CNNs (AlexNet), Krizhevsky, Sutskever & Hinton (2012), Sec. 3.3: local
% response normalisation of the activity a^i_{x,y} of kernel i at (x, y) over n adjacent of the N kernels
a \in \mathbb{R}^{N \times X \times Y}, k, \alpha, \beta \in \mathbb{R}, n = 5

b^i_{x,y} = a^i_{x,y} / \left( k + \alpha \sum_{j=\max(0, i-n/2)}^{\min(N-1, i+n/2)} (a^j_{x,y})^2 \right)^\beta
