import { Component } from '@angular/core';

@Component({
  selector: 'rh-web-coach-feature-exercise-library',
  imports: [],
  templateUrl: './web-coach-feature-exercise-library.html',
  styleUrl: './web-coach-feature-exercise-library.css',
})
export class WebCoachFeatureExerciseLibrary {}
