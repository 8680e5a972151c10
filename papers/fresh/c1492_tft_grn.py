from h import *
rng=np.random.default_rng(1492); d=5; a,c=rng.normal(size=d),rng.normal(size=d); W=[rng.normal(size=(d,d)) for _ in range(5)]; b={k:rng.normal(size=d) for k in (1,2,4,5)}
elu=lambda z: np.where(z>0,z,np.exp(z)-1); sg=lambda z: 1/(1+np.exp(-z))
e2=elu(W[1]@a+W[2]@c+b[2]); e1=W[0]@e2+b[1]; g=sg(W[3]@e1+b[4])*(W[4]@e1+b[5]); z=a+g
run('c1492_tft_grn', {'a':a,'c':c, **{f'W_{{{i+1},\\omega}}':W[i] for i in range(5)}, **{f'b_{{{k},\\omega}}':b[k] for k in b}}, (z-z.mean())/np.sqrt(z.var()+1e-5), fn=r'\mathrm{GRN}_\omega')
