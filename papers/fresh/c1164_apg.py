from h import *
rng=np.random.default_rng(1164); n=8; c,u=rng.normal(size=n),rng.normal(size=n); w,eta=4.0,0.3
D=c-u; par=D.dot(c)/c.dot(c)*c; perp=D-par
run('c1164_apg', {r'D_\theta(\mathbf{z}_t, t, \mathbf{y})':c,r'D_\theta(\mathbf{z}_t, t)':u,'w':w,r'\eta':eta}, c+(w-1)*(perp+eta*par), fn=r'\hat{D}_\theta^{\text{APG}}')
