% Stanford UFLDL tutorial, "Softmax Regression": the gradient of the cost for class j over m examples (1{.} the indicator)
x \in \mathbb{R}^{m \times n}, y \in \{1, \dots, k\}^{m}, \theta \in \mathbb{R}^{k \times n}

\nabla_{\theta^{(j)}} J(\theta) = - \sum_{i=1}^{m}{ \left[ x^{(i)} \left( 1\{ y^{(i)} = j\}  - P(y^{(i)} = j | x^{(i)}; \theta) \right) \right]  }
P(y^{(i)} = j | x^{(i)} ; \theta) = \frac{\exp(\theta^{(j)\top} x^{(i)})}{\sum_{l=1}^k \exp(\theta^{(l)\top} x^{(i)}) }
