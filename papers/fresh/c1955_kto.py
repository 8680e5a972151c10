from h import *
p,q,b,lD,z0=0.2,0.25,0.1,1.0,0.05
r=np.log(p/q); v=lD/(1+np.exp(-b*(r-z0)))
run('c1955_kto', {r'\pi_\theta(y|x)':p, r'\pi_{ref}(y|x)':q, r'\beta':b, r'\lambda_D':lD, 'z_0':z0}, lD-v, fn='L_{KTO}')
