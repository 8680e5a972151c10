from h import *
rng=np.random.default_rng(1576); n=5; g=rng.normal(size=n); m=rng.normal(size=n)*.1; v=rng.random(n)*.1; var=rng.normal(size=n)
b1,b2,lr,eps,t=0.9,0.999,0.01,1e-7,3.0
lrt=lr*np.sqrt(1-b2**t)/(1-b1**t); m1=b1*m+(1-b1)*g; v1=b2*v+(1-b2)*g*g
I={'g':g,'m_{t-1}':m,'v_{t-1}':v,'variable':var,'beta_1':b1,'beta_2':b2,r'\text{learning\_rate}':lr,r'\epsilon':eps,'t':t}
run('c1576_tf1_adam_docstring', I, var-lrt*m1/(np.sqrt(v1)+eps), fn='variable')
