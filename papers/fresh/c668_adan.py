from h import *
rng=np.random.default_rng(668); d=5; m,v,g,gp,th=(rng.normal(size=d) for _ in range(5)); n=np.abs(rng.normal(size=d))
b1,b2,b3,eta,lam,eps=0.02,0.08,0.01,0.1,0.02,1e-8
M=(1-b1)*T(m)+b1*T(g); V=(1-b2)*T(v)+b2*(T(g)-T(gp)); Nn=(1-b3)*T(n)+b3*(T(g)+(1-b2)*(T(g)-T(gp)))**2
E=eta/(Nn+eps).sqrt(); out=(T(th)-E*(M+(1-b2)*V))/(1+lam*eta)
run('c668_adan', {r'\mathbf{m}_{k-1}':m,r'\mathbf{v}_{k-1}':v,r'\mathbf{n}_{k-1}':n,r'\mathbf{g}_k':g,r'\mathbf{g}_{k-1}':gp,r'\boldsymbol{\theta}_k':th,
    r'\beta_1':b1,r'\beta_2':b2,r'\beta_3':b3,r'\eta':eta,r'\lambda_k':lam,r'\varepsilon':eps}, out.numpy(), fn=r'\boldsymbol{\theta}_{k+1}')
