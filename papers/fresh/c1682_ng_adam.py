from h import *
rng=np.random.default_rng(1682); n1,n0=3,4; W=rng.normal(size=(n1,n0)); v=rng.normal(size=(n1,n0))*0.1; s=rng.random((n1,n0))*0.1; G=rng.normal(size=(n1,n0))
b1,b2,a,e,t=0.9,0.999,0.01,1e-8,3
v2=b1*v+(1-b1)*G; vc=v2/(1-b1**t); s2=b2*s+(1-b2)*G**2; sc=s2/(1-b2**t)
run('c1682_ng_adam', {'W^{[l]}':W, 'v_{dW^{[l]}}':v, 's_{dW^{[l]}}':s, r'\frac{\partial \mathcal{J} }{ \partial W^{[l]} }':G, r'\beta_1':b1, r'\beta_2':b2, r'\alpha':a, r'\varepsilon':e, 't':t}, W-a*vc/(np.sqrt(sc)+e), fn='W^{[l]}')
