from h import *
rng=np.random.default_rng(1617); B,D=4,3; m=rng.normal(size=D); phi=rng.normal(size=D); g=rng.normal(size=(B,D)); beta,alpha=0.9,0.1
m1=beta*m+(1-beta)*g.sum(0)
run('c1617_prince_momentum', {r'\mathbf{m}_t':m, r'\boldsymbol\phi_t':phi, r'\frac{\partial \ell_i[\boldsymbol\phi_t]}{\partial \boldsymbol\phi}':g, r'\beta':beta, r'\alpha':alpha}, phi-alpha*m1, fn=r'\boldsymbol\phi_{t+1}')
