from h import *
rng=np.random.default_rng(1440); D=5; m,g,ph=rng.normal(size=D),rng.normal(size=D),rng.normal(size=D); v=rng.uniform(size=D)
b,ga,al,eps,t=0.9,0.999,0.01,1e-8,3
m1=b*m+(1-b)*g; v1=ga*v+(1-ga)*g**2; mt=m1/(1-b**(t+1)); vt=v1/(1-ga**(t+1))
run('c1440_prince_adam', {r'\mathbf{m}_t':m, r'\mathbf{v}_t':v, r'\boldsymbol\phi_t':ph, r'\frac{\partial L[\boldsymbol\phi_t]}{\partial \boldsymbol\phi}':g, r'\beta':b, r'\gamma':ga, r'\alpha':al, r'\epsilon':eps, 't':t}, ph-al*mt/(np.sqrt(vt)+eps), fn=r'\boldsymbol\phi_{t+1}')
