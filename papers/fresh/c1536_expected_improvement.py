from h import *
from torch.distributions import Normal
mu,s,fb=0.4,0.7,0.9; N=Normal(0.,1.); Z=torch.tensor((mu-fb)/s)
ei=(mu-fb)*N.cdf(Z)+s*torch.exp(N.log_prob(Z))
run('c1536_expected_improvement', {r'\mu(\mathbf{x})':mu,r'\sigma(\mathbf{x})':s,r'f(\mathbf{x}^+)':fb}, ei.numpy(), fn=r'\mathrm{EI}')
